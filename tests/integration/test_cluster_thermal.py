"""The seed's thermal rules end to end: the real CLI (`--oneshot --json`)
polls each node's exporter once before planning, and units move off hot
nodes; the move, with the temperature that caused it, is in the JSON."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.integration.conftest import brain, node_toml
from tests.servers.exporters import Exporter
from tests.servers.llm import OpenAINode

PROMPT = "écris une fonction python qui inverse une liste"


@pytest.fixture()
def exporters() -> Iterator[Callable[..., Exporter]]:
    started: list[Exporter] = []

    def make(kind: str = "dcgm", **fields) -> Exporter:
        exporter = Exporter(kind, **fields).start()  # type: ignore[arg-type]
        started.append(exporter)
        return exporter

    yield make
    for exporter in started:
        exporter.stop()


def gpus_at(exporters, temps: dict[str, float]) -> dict[str, dict[str, str]]:
    """node_fields giving each named node an exporter at that temperature (M1: 6 GPUs, one hot)."""
    fields = {}
    for name, temp in temps.items():
        exporter = exporters("dcgm", gpus=6, temperature_c=61.0, temperatures={4: temp}) if name == "M1" else exporters("nvidia_smi", gpus=3, temperature_c=temp)
        fields[name] = {"gpu_metrics": exporter.metrics_url}
    return fields


def test_critical_m1_moves_its_unit_to_m2_with_the_temperature_that_caused_it(make_cluster, exporters):
    cluster = make_cluster(node_fields=gpus_at(exporters, {"M1": 90.0, "M2": 55.0}))
    doc = cluster.oneshot_json(PROMPT)
    assert doc["thermal"]["level"] == "critical" and doc["thermal"]["max_c"] == 90.0
    assert doc["thermal"]["moved"] == [{"unit": "u2", "from": "M1", "to": "M2", "temperature_c": 90.0, "level": "critical"}]
    assert [(r["id"], r["node"], r["status"]) for r in doc["results"]] == [("u1", "M2", "ok"), ("u2", "M2", "ok")]
    assert not cluster.chats("M1", "reviewer") and cluster.chats("M2", "reviewer")


def test_critical_m1_and_m2_move_units_to_ol1(make_cluster, exporters):
    cluster = make_cluster(node_fields=gpus_at(exporters, {"M1": 91.0, "M2": 88.0}))
    doc = cluster.oneshot_json(PROMPT)
    moved = {(m["unit"], m["from"], m["to"], m["temperature_c"]) for m in doc["thermal"]["moved"]}
    assert moved == {("u1", "M2", "OL1", 88.0), ("u2", "M1", "OL1", 91.0)}
    assert [r["node"] for r in doc["results"]] == ["OL1", "OL1"] and doc["status"] == "ok"


def test_when_m2_and_ol1_are_hot_too_units_go_to_gemini(make_cluster, exporters):
    gemini = OpenAINode(name="GEMINI", reply=brain("GEMINI"), models=["gemini-2.5-flash"]).start()
    try:
        extra = node_toml("GEMINI", gemini, "gemini-2.5-flash", api_key_env="TEST_GEMINI_KEY", timeout_s=10)
        cluster = make_cluster(extra=extra, node_fields=gpus_at(exporters, {"M1": 95.0, "M2": 90.0, "OL1": 86.0}))
        doc = cluster.oneshot_json(PROMPT, TEST_GEMINI_KEY="sk-test")
        assert {m["to"] for m in doc["thermal"]["moved"]} == {"GEMINI"}
        assert [r["node"] for r in doc["results"]] == ["GEMINI", "GEMINI"]
        assert gemini.chat_requests[0].headers["authorization"] == "Bearer sk-test"
    finally:
        gemini.stop()


def test_warning_prefers_m2_for_code_only(make_cluster, exporters):
    cluster = make_cluster(node_fields=gpus_at(exporters, {"M1": 78.0}))
    doc = cluster.oneshot_json(PROMPT, "--dry-run")
    assert doc["thermal"]["level"] == "warning"
    assert doc["thermal"]["moved"] == [{"unit": "u2", "from": "M1", "to": "M2", "temperature_c": 78.0, "level": "warning"}]
    cluster = make_cluster(label="analyse", node_fields=gpus_at(exporters, {"M1": 78.0}))
    doc = cluster.oneshot_json("compare en détail postgres et mongodb", "--dry-run")
    assert doc["thermal"]["moved"] == [] and doc["plan"][0]["node"] == "M1"


def test_an_exporter_down_or_talking_garbage_moves_nothing_and_says_why(make_cluster, exporters):
    dead = exporters("dcgm")
    dead.set_down()
    garbage = exporters("dcgm", page='garbage\nDCGM_FI_DEV_GPU_TEMP{gpu="0"} NaN\nDCGM_FI_DEV_GPU_TEMP{gpu="1"} 900\n')
    cluster = make_cluster(node_fields={"M1": {"gpu_metrics": dead.metrics_url}, "M2": {"gpu_metrics": garbage.metrics_url}})
    out = cluster.run("--oneshot", PROMPT, "--json", "--dry-run")
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert "no GPU data for M1: exporter" in out.stderr and "unreachable" in out.stderr
    assert "could not be parsed" in out.stderr and "temperature_c = 900 ignored" in out.stderr
    assert '"moved": []' in out.stdout and '"max_c": null' in out.stdout
