"""A node key held in a variable with no secret-like name (`api_key_env =
"M2_NODE_AUTH"`), echoed by the nodes in an error body, in an answer and in
a model list: it reaches none of stdout, the stderr trace, `-s`, `-s --json`
or the database."""

from __future__ import annotations

import json
import sqlite3

import pytest

KEY = "m2-auth-7f3a9c1e5b2d4f6a8e0c"


@pytest.fixture()
def cluster(make_cluster):
    cluster = make_cluster(node_fields={"M2": {"api_key_env": "M2_NODE_AUTH"}}, extra='synthesis = "concat"\n\n[brain]\nenabled = false\n')
    # concat: the parts reach stdout; no brain: M2 keeps its place after failing, so both requests reach it
    m2, m3 = cluster.nodes["M2"], cluster.nodes["M3"]
    m2.set(status=401)  # the coder's node refuses, echoing the key it was sent
    m2._error_body = lambda status, message: {"error": {"message": f"invalid key Bearer {KEY}", "type": "auth", "code": status}}
    m3.set(reply=lambda body: f"M3 wrote the code; by the way your key is {KEY}.", models=["mistral-7b", KEY])
    return cluster


def database_bytes(cluster) -> bytes:
    return b"".join(p.read_bytes() for p in cluster.tmp.glob("jarvis.db*"))


def test_an_echoed_node_key_is_masked_everywhere(cluster) -> None:
    for args in (["--oneshot", "écris une fonction python qui inverse une liste"], ["--oneshot", "écris une fonction python", "--json"]):
        out = cluster.run(*args, M2_NODE_AUTH=KEY)
        assert out.returncode == 0, out.stderr
        assert "M3 wrote the code" in out.stdout and "[redacted]" in out.stdout
        assert KEY not in out.stdout and KEY not in out.stderr and KEY[:12] not in out.stdout + out.stderr
    assert len(cluster.nodes["M2"].chat_requests) >= 2  # the key was used, and echoed
    assert KEY.encode() not in database_bytes(cluster)
    with sqlite3.connect(cluster.tmp / "jarvis.db") as db:
        reasons = [r[0] for r in db.execute("SELECT reason FROM attempts WHERE node = 'M2'")]
    assert reasons and all("[redacted]" in r for r in reasons)


def test_status_does_not_print_an_echoed_key(cluster) -> None:
    text = cluster.run("-s", M2_NODE_AUTH=KEY)
    as_json = cluster.run("-s", "--json", M2_NODE_AUTH=KEY)
    for out in (text, as_json):
        assert KEY not in out.stdout + out.stderr
    m3 = next(n for n in json.loads(as_json.stdout)["nodes"] if n["name"] == "M3")
    assert m3["models"] == ["mistral-7b", "[redacted]"]
    assert "[redacted]" in text.stdout
