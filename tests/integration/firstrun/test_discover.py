"""`--init`'s scan against real loopback servers speaking each server's own
API: every kind is told apart, exporters count only with GPU metrics, and
nothing but the named hosts is ever contacted."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from jarvis_tui.core.cluster.discover import LOCALHOST, Discovery, FoundServer, Target, discover
from tests.servers.exporters import Exporter
from tests.servers.flavours import LiteLLMNode, LlamaCppNode, LMStudio03Node, PlainHTTP, VLLMNode
from tests.servers.llm import OllamaNode, OpenAINode
from tests.servers.lmstudio import LMStudioNode


@pytest.fixture()
def started() -> Iterator[list[Any]]:
    servers: list[Any] = []
    yield servers
    for server in servers:
        server.stop()


def start(servers: list[Any], *new: Any) -> list[Any]:
    for server in new:
        servers.append(server.start())
    return list(new)


def scan(server_ports: list[int], exporter_ports: list[int] | None = None, timeout_s: float = 1.5) -> Discovery:
    return asyncio.run(discover(server_ports=server_ports, exporter_ports=exporter_ports or [], timeout_s=timeout_s))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def by_port(discovery: Discovery) -> dict[int, FoundServer]:
    return {s.port: s for s in discovery.servers}


def test_every_server_is_known_by_its_own_api(started: list[Any]) -> None:
    lm, lm03, ol, llama, vllm, litellm, plain_openai = start(
        started,
        LMStudioNode(models=["qwen3-30b", "qwen3-coder-30b", "text-embedding-nomic-embed-text-v1.5"], loaded=["qwen3-coder-30b"]),
        LMStudio03Node(models=["meta-llama-3.1-8b-instruct", "qwen2-vl-7b-instruct", "text-embedding-bge"], loaded=["qwen2-vl-7b-instruct"],
                       types={"qwen2-vl-7b-instruct": "vlm", "text-embedding-bge": "embeddings"}),
        OllamaNode(models=["qwen3:1.7b", "llama3.2:3b", "nomic-embed-text:latest"], loaded=["llama3.2:3b"]),
        LlamaCppNode(models=["qwen2.5-7b-instruct-q4_k_m.gguf"]),
        VLLMNode(models=["Qwen/Qwen2.5-7B-Instruct"]),
        LiteLLMNode(models=["gpt-4o", "claude-sonnet"]),
        OpenAINode(models=["some-model"]),
    )
    found = by_port(scan([s.port for s in started]))
    assert len(found) == 7
    assert (found[lm.port].server, found[lm.port].models, found[lm.port].loaded, found[lm.port].skipped) == (
        "lmstudio", ("qwen3-30b", "qwen3-coder-30b"), ("qwen3-coder-30b",), ("text-embedding-nomic-embed-text-v1.5",))
    assert found[lm.port].default_model() == "qwen3-coder-30b"
    assert (found[lm03.port].server, found[lm03.port].models, found[lm03.port].loaded, found[lm03.port].skipped) == (
        "lmstudio", ("meta-llama-3.1-8b-instruct", "qwen2-vl-7b-instruct"), ("qwen2-vl-7b-instruct",), ("text-embedding-bge",))
    o = found[ol.port]
    assert (o.server, o.kind, o.version, o.models, o.loaded, o.skipped) == ("ollama", "ollama", "0.12.0", ("qwen3:1.7b", "llama3.2:3b"), ("llama3.2:3b",), ("nomic-embed-text:latest",))
    assert (found[llama.port].server, found[llama.port].version, found[llama.port].loaded) == ("llama.cpp", "b6240-54a241f5", ("qwen2.5-7b-instruct-q4_k_m.gguf",))
    assert (found[vllm.port].server, found[vllm.port].version, found[vllm.port].models) == ("vllm", "0.10.1", ("Qwen/Qwen2.5-7B-Instruct",))
    assert (found[litellm.port].server, found[litellm.port].version, found[litellm.port].models) == ("litellm", "1.76.0", ("gpt-4o", "claude-sonnet"))
    assert (found[plain_openai.port].server, found[plain_openai.port].kind) == ("openai", "openai")
    assert all(s.kind == "openai" for p, s in found.items() if p != ol.port)


def test_a_proxy_that_wants_a_key_is_found_but_not_usable(started: list[Any]) -> None:
    (proxy,) = start(started, LiteLLMNode(master_key="sk-master", models=["gpt-4o"]))
    (found,) = scan([proxy.port]).servers
    assert (found.server, found.needs_key, found.models) == ("litellm", True, ())


def test_exporters_count_only_with_gpu_metrics(started: list[Any]) -> None:
    dcgm, smi, other, dead = start(
        started,
        Exporter("dcgm", gpus=6),
        Exporter("nvidia_smi", gpus=3),
        Exporter("dcgm", page="# HELP node_load1 1m load average.\n# TYPE node_load1 gauge\nnode_load1 0.42\n"),
        Exporter("dcgm"),
    )
    dead.set_down()
    discovery = scan([], [dcgm.port, smi.port, other.port, dead.port])
    assert [(e.port, e.exporter, e.gpus, e.url) for e in discovery.exporters] == [
        (dcgm.port, "dcgm-exporter", 6, f"http://127.0.0.1:{dcgm.port}/metrics"),
        (smi.port, "nvidia_gpu_exporter", 3, f"http://127.0.0.1:{smi.port}/metrics"),
    ]
    assert [(u.port, u.detail) for u in discovery.unrecognised] == [
        (other.port, "serves /metrics, but with no GPU metrics (expected dcgm-exporter or nvidia_gpu_exporter)")
    ]


def test_other_services_are_reported_never_mistaken_for_servers(started: list[Any]) -> None:
    (web,) = start(started, PlainHTTP())
    banner = socket.socket()
    banner.bind(("127.0.0.1", 0))
    banner.listen()
    banner_port = banner.getsockname()[1]

    def ssh_like() -> None:  # a service that is not HTTP: it greets and hangs up
        for _ in range(4):
            try:
                conn, _ = banner.accept()
            except OSError:
                return
            conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\n")
            conn.close()

    threading.Thread(target=ssh_like, daemon=True).start()
    closed = free_port()
    try:
        discovery = scan([web.port, banner_port, closed])
    finally:
        banner.close()
    assert discovery.servers == ()
    details = {u.port: u.detail for u in discovery.unrecognised}
    assert set(details) == {web.port, banner_port}  # the closed port is simply empty
    assert details[web.port].startswith("answered, but not as an LLM server (HTTP 404 on /v1/models: '<!doctype html>")
    assert "did not answer in HTTP" in details[banner_port]


def test_a_hung_server_costs_one_timeout_not_more(started: list[Any]) -> None:
    hung, ok = start(started, LMStudioNode(models=["m"]), OllamaNode(models=["qwen3:1.7b"]))
    hung.probe_hang = True
    t0 = time.monotonic()
    discovery = scan([hung.port, ok.port], timeout_s=0.5)
    elapsed = time.monotonic() - t0
    assert elapsed < 2.5, elapsed  # one timeout for the first round, all probes at once
    assert [s.port for s in discovery.servers] == [ok.port]
    assert [(u.port, u.detail) for u in discovery.unrecognised] == [(hung.port, "accepted the connection but did not answer within 0.5 s")]


def test_only_the_named_hosts_are_contacted_never_a_proxy_or_a_redirect(started: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    proxy, elsewhere, node = start(started, PlainHTTP("proxy"), OllamaNode(models=["qwen3:1.7b"]), OllamaNode(models=["qwen3:1.7b"]))
    (redirector,) = start(started, PlainHTTP("redirector", redirect_to=elsewhere.url))
    for variable in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(variable, proxy.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    discovery = asyncio.run(
        discover([Target(LOCALHOST, node.port), Target(LOCALHOST, redirector.port)], server_ports=[], exporter_ports=[], include_localhost=False)
    )
    assert [s.port for s in discovery.servers] == [node.port]
    assert proxy.paths == []  # the environment's proxy was never used
    assert elsewhere.requests == []  # the redirect was not followed
    assert redirector.paths  # ... though the redirecting server was asked
    assert {u.port for u in discovery.unrecognised} == {redirector.port}


def test_a_name_that_does_not_resolve_is_said_so(started: list[Any]) -> None:
    (node,) = start(started, OllamaNode(models=["qwen3:1.7b"]))
    t0 = time.monotonic()
    discovery = asyncio.run(discover([Target("no-such-host.invalid"), Target(LOCALHOST, node.port)], server_ports=[], exporter_ports=[], include_localhost=False))
    assert time.monotonic() - t0 < 5
    assert discovery.unresolved == ("no-such-host.invalid",) and discovery.hosts == ("no-such-host.invalid", LOCALHOST)
    assert [s.port for s in discovery.servers] == [node.port]
    assert discovery.to_json()["unresolved"] == ["no-such-host.invalid"]


@pytest.mark.parametrize(
    "body",
    [
        b'{"data": [{"id": "m", "owned_by": ["a"]}, "x", 3, null, {"id": {"n": 1}}], "models": 7, "version": ["1"]}',
        b'{"data": "nope", "models": [1, {"name": 2}], "version": "1.0"}',
        b'{"data": [{"id": "m\\nurl = \\"http://elsewhere\\""}, {"id": "' + b"x" * 600 + b'"}]}',
        b'"error"',
        b"[]",
        b"\xff\xfe not json",
        b'{"data": [], "default_generation_settings": {}, "litellm_version": 5, "key": null}',
    ],
)
def test_whatever_a_server_answers_never_breaks_the_scan(started: list[Any], body: bytes) -> None:
    (server,) = start(started, PlainHTTP(body=body))
    discovery = scan([server.port], [server.port])
    assert len(discovery.servers) + len(discovery.unrecognised) == 1
    for found in discovery.servers:
        assert all("\n" not in m and len(m) <= 512 for m in (*found.models, *found.skipped))
