"""Self-check of the fake LLM servers: every Behaviour must really happen on the wire."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any, TypeVar

import httpx2
import pytest

from tests.servers.llm import Behaviour, OllamaNode, OpenAINode

CHAT = "/v1/chat/completions"
NodeT = TypeVar("NodeT", OpenAINode, OllamaNode)
MESSAGES = [{"role": "system", "content": "You are terse."}, {"role": "user", "content": "Say hello"}]


@pytest.fixture(scope="module")
def openai_server() -> Iterator[OpenAINode]:
    with OpenAINode(reply="The quick  brown fox.\n") as node:
        yield node


@pytest.fixture(scope="module")
def ollama_server() -> Iterator[OllamaNode]:
    with OllamaNode(reply="Hi from llama", models=["qwen3:1.7b", "gemma3"]) as node:
        yield node


def fresh(node: NodeT) -> NodeT:
    """Reset a shared node once requests abandoned by earlier tests have been noticed."""
    deadline = time.monotonic() + 1
    while node.in_flight and time.monotonic() < deadline:
        time.sleep(0.01)
    node.reset()
    return node


# Nodes are shared per module for speed (each stop costs ~0.2 s); reset them per test.
@pytest.fixture
def openai(openai_server: OpenAINode) -> OpenAINode:
    return fresh(openai_server)


@pytest.fixture
def ollama(ollama_server: OllamaNode) -> OllamaNode:
    return fresh(ollama_server)


@pytest.fixture
def client() -> Iterator[httpx2.Client]:
    with httpx2.Client(timeout=5) as c:
        yield c


def sse_events(client: httpx2.Client, url: str, body: dict[str, Any], timeout: float = 5) -> list[Any]:
    """POST a streaming chat and decode every ``data:`` event (``[DONE]`` kept as a string)."""
    events: list[Any] = []
    with client.stream("POST", url + CHAT, json=body, timeout=timeout) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if line.startswith("data: "):
                data = line.removeprefix("data: ")
                events.append(data if data == "[DONE]" else json.loads(data))
    return events


def partial_sse(client: httpx2.Client, url: str, timeout: float = 5) -> tuple[list[str], Exception]:
    """Stream a chat that must fail midway; return the events seen before the error and the error."""
    seen: list[str] = []
    with (
        pytest.raises(httpx2.HTTPError) as failure,
        client.stream(
            "POST", url + CHAT, json={"model": "m", "messages": MESSAGES, "stream": True}, timeout=timeout
        ) as r,
    ):
        seen.extend(line for line in r.iter_lines() if line.startswith("data: "))
    return seen, failure.value


def ndjson(client: httpx2.Client, url: str, path: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    with client.stream("POST", url + path, json=body) as response:
        assert response.headers["content-type"] == "application/x-ndjson"
        return [json.loads(line) for line in response.iter_lines() if line]


# -- OpenAI-compatible ------------------------------------------------------


def test_openai_stream_reassembles_reply(openai: OpenAINode, client: httpx2.Client) -> None:
    body = {"model": "qwen-x", "messages": MESSAGES, "stream": True, "stream_options": {"include_usage": True}}
    events = sse_events(client, openai.url, body)
    assert events[-1] == "[DONE]"
    first, *tokens, final, usage, _ = events
    assert first["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert "".join(e["choices"][0]["delta"]["content"] for e in tokens) == "The quick  brown fox.\n"
    assert [e["choices"][0]["delta"]["content"] for e in tokens] == ["The", " quick", "  brown", " fox.", "\n"]
    assert final["choices"][0] == {"index": 0, "delta": {}, "finish_reason": "stop"}
    assert usage["choices"] == [] and usage["usage"]["completion_tokens"] == 5
    assert {e["model"] for e in events[:-1]} == {"qwen-x"}
    assert all(e["object"] == "chat.completion.chunk" and e["id"].startswith("chatcmpl-") for e in events[:-1])


def test_openai_non_stream_and_listing(openai: OpenAINode, client: httpx2.Client) -> None:
    reply = client.post(openai.url + CHAT, json={"model": "m", "messages": MESSAGES}).json()
    assert reply["object"] == "chat.completion" and reply["model"] == "m"
    assert reply["choices"] == [
        {"index": 0, "message": {"role": "assistant", "content": "The quick  brown fox.\n"}, "finish_reason": "stop"}
    ]
    assert reply["usage"]["total_tokens"] == reply["usage"]["prompt_tokens"] + reply["usage"]["completion_tokens"]
    models = client.get(openai.url + "/v1/models").json()
    assert models["object"] == "list" and [m["id"] for m in models["data"]] == ["test-model"]
    assert models["data"][0]["object"] == "model"
    assert client.get(openai.url + "/health").json() == {"status": "ok"}


def test_openai_callable_reply_and_recording(openai: OpenAINode, client: httpx2.Client) -> None:
    openai.set(reply=lambda body: "Score: 0.9" if "scor" in body["messages"][0]["content"] else "no")
    messages = [{"role": "system", "content": "You are a scoring judge."}]
    response = client.post(
        openai.url + CHAT, json={"model": "m", "messages": messages}, headers={"Authorization": "Bearer k"}
    )
    assert response.json()["choices"][0]["message"]["content"] == "Score: 0.9"
    (recorded,) = openai.chat_requests
    assert recorded.method == "POST" and recorded.path == CHAT and recorded.json == {"model": "m", "messages": messages}
    assert recorded.headers["authorization"] == "Bearer k"


def test_openai_errors(openai: OpenAINode, client: httpx2.Client) -> None:
    bad = client.post(openai.url + CHAT, content=b"{not json", headers={"content-type": "application/json"})
    assert bad.status_code == 400 and bad.json()["error"]["type"] == "invalid_request_error"
    openai.set(status=503)
    failed = client.post(openai.url + CHAT, json={"model": "m", "messages": MESSAGES, "stream": True})
    assert failed.status_code == 503
    assert failed.json() == {"error": {"message": "Service Unavailable", "type": "server_error", "code": 503}}


def test_openai_tool_calls(openai: OpenAINode, client: httpx2.Client) -> None:
    openai.set(tool_calls=[{"name": "get_weather", "arguments": {"city": "Paris", "unit": "C"}}])
    message = client.post(openai.url + CHAT, json={"model": "m", "messages": MESSAGES}).json()["choices"][0]
    assert message["finish_reason"] == "tool_calls" and message["message"]["content"] is None
    (call,) = message["message"]["tool_calls"]
    assert call["type"] == "function" and call["id"].startswith("call_")
    assert call["function"] == {"name": "get_weather", "arguments": '{"city": "Paris", "unit": "C"}'}

    events = sse_events(client, openai.url, {"model": "m", "messages": MESSAGES, "stream": True})
    fragments = [e["choices"][0]["delta"]["tool_calls"][0] for e in events[1:-2]]
    assert fragments[0]["type"] == "function" and fragments[0]["function"] == {"name": "get_weather", "arguments": ""}
    assert all(f["index"] == 0 for f in fragments) and len(fragments) > 2
    assert json.loads("".join(f["function"]["arguments"] for f in fragments)) == {"city": "Paris", "unit": "C"}
    assert events[-2]["choices"][0]["finish_reason"] == "tool_calls"


def test_openai_delays(openai: OpenAINode, client: httpx2.Client) -> None:
    openai.set(first_token_delay_s=0.2, token_delay_s=0.05)
    stamps: list[float] = []
    start = time.monotonic()
    with client.stream("POST", openai.url + CHAT, json={"model": "m", "messages": MESSAGES, "stream": True}) as r:
        stamps.extend(time.monotonic() - start for line in r.iter_lines() if line.startswith("data: "))
    assert 0.2 <= stamps[0] < 1
    assert stamps[-1] - stamps[0] >= 5 * 0.05  # five tokens after the role chunk, then the tail


def test_hang_times_out_and_stop_is_fast(client: httpx2.Client) -> None:
    node = OpenAINode(hang=True).start()
    errors: list[Exception] = []

    def hung_request() -> None:
        try:
            httpx2.post(node.url + CHAT, json={"model": "m", "messages": MESSAGES}, timeout=5)
        except httpx2.HTTPError as exc:
            errors.append(exc)

    with pytest.raises(httpx2.ReadTimeout):
        client.post(node.url + CHAT, json={"model": "m", "messages": MESSAGES}, timeout=0.3)
    still_hanging = threading.Thread(target=hung_request)
    still_hanging.start()
    while len(node.chat_requests) < 2 or node.in_flight != 1:
        time.sleep(0.01)
    started = time.monotonic()
    node.stop()
    assert time.monotonic() - started < 1
    still_hanging.join(timeout=2)
    assert not still_hanging.is_alive()
    assert [type(e) for e in errors] == [httpx2.RemoteProtocolError]  # cut, not answered


def test_hang_after_tokens(openai: OpenAINode, client: httpx2.Client) -> None:
    openai.set(hang_after_tokens=2)
    seen, error = partial_sse(client, openai.url, timeout=0.3)
    assert isinstance(error, httpx2.ReadTimeout)
    assert len(seen) == 3  # role chunk + two tokens


def test_drop_after_tokens_is_a_protocol_error(openai: OpenAINode, client: httpx2.Client) -> None:
    openai.set(drop_after_tokens=2)
    seen, error = partial_sse(client, openai.url)
    assert isinstance(error, httpx2.RemoteProtocolError)
    assert len(seen) == 3 and not any("[DONE]" in s or '"stop"' in s for s in seen)
    with pytest.raises(httpx2.RemoteProtocolError):  # a sized body cut short, too
        client.post(openai.url + CHAT, json={"model": "m", "messages": MESSAGES})
    openai.set(drop_after_tokens=None)
    assert client.post(openai.url + CHAT, json={"model": "m", "messages": MESSAGES}).status_code == 200


def test_set_down_refuses_then_set_up_serves_same_url(client: httpx2.Client) -> None:
    with OpenAINode() as node:
        url = node.url
        assert client.get(url + "/v1/models").status_code == 200
        node.set_down()
        with pytest.raises(httpx2.ConnectError):
            client.get(url + "/v1/models")
        node.set_up()
        assert node.url == url
        assert client.get(url + "/v1/models").status_code == 200


def test_in_flight_and_peak(openai: OpenAINode, client: httpx2.Client) -> None:
    openai.set(first_token_delay_s=0.5)
    body = {"model": "m", "messages": MESSAGES}
    threads = [threading.Thread(target=client.post, args=(openai.url + CHAT,), kwargs={"json": body}) for _ in range(3)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 0.5
    while openai.in_flight < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert openai.in_flight == 3
    for t in threads:
        t.join()
    assert openai.in_flight == 0 and openai.max_in_flight == 3
    assert len(openai.chat_requests) == 3


async def test_reachable_from_asyncio(openai: OpenAINode) -> None:
    openai.set(first_token_delay_s=0.3)
    async with httpx2.AsyncClient() as client:
        body = {"model": "m", "messages": MESSAGES}
        replies = await asyncio.gather(*(client.post(openai.url + CHAT, json=body) for _ in range(4)))
    assert {r.status_code for r in replies} == {200} and openai.max_in_flight == 4


def test_reachable_from_a_child_process(openai: OpenAINode) -> None:
    script = "import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1] + '/health').read().decode())"
    child = subprocess.run([sys.executable, "-c", script, openai.url], capture_output=True, text=True, timeout=10)
    assert json.loads(child.stdout) == {"status": "ok"}


def test_behaviour_object_can_be_swapped(openai: OpenAINode, client: httpx2.Client) -> None:
    openai.behaviour = Behaviour(reply="swapped", models=["a", "b"])
    assert [m["id"] for m in client.get(openai.url + "/v1/models").json()["data"]] == ["a", "b"]
    assert (
        client.post(openai.url + CHAT, json={"model": "a", "messages": []}).json()["choices"][0]["message"]["content"]
        == "swapped"
    )


# -- Ollama -------------------------------------------------------------------


def test_ollama_stream_is_default(ollama: OllamaNode, client: httpx2.Client) -> None:
    lines = ndjson(client, ollama.url, "/api/chat", {"model": "qwen3:1.7b", "messages": MESSAGES})
    *tokens, final = lines
    assert "".join(line["message"]["content"] for line in tokens) == "Hi from llama"
    assert all(line["done"] is False and line["model"] == "qwen3:1.7b" for line in tokens)
    assert (
        final["done"] is True
        and final["done_reason"] == "stop"
        and final["message"] == {"role": "assistant", "content": ""}
    )
    assert final["eval_count"] == 3 and final["total_duration"] >= final["eval_duration"] > 0
    assert final["created_at"].endswith("Z")


def test_ollama_non_stream_listing_and_errors(ollama: OllamaNode, client: httpx2.Client) -> None:
    reply = client.post(
        ollama.url + "/api/chat", json={"model": "gemma3:latest", "messages": MESSAGES, "stream": False}
    ).json()
    assert reply["message"] == {"role": "assistant", "content": "Hi from llama"} and reply["done"] is True
    assert client.get(ollama.url + "/api/version").json() == {"version": "0.12.0"}
    assert client.get(ollama.url + "/").text == "Ollama is running"
    tags = client.get(ollama.url + "/api/tags").json()["models"]
    assert [t["name"] for t in tags] == ["qwen3:1.7b", "gemma3"] and tags[0]["details"]["format"] == "gguf"
    missing = client.post(ollama.url + "/api/chat", json={"model": "nope", "messages": MESSAGES})
    assert missing.status_code == 404 and "not found" in missing.json()["error"]
    ollama.set(status=500)
    failed = client.post(ollama.url + "/api/chat", json={"model": "gemma3", "messages": MESSAGES})
    assert failed.status_code == 500 and failed.json() == {"error": "Internal Server Error"}


def test_ollama_tool_calls(ollama: OllamaNode, client: httpx2.Client) -> None:
    ollama.set(tool_calls=lambda body: [{"name": "lookup", "arguments": '{"q": "x"}'}] if body.get("tools") else None)
    reply = client.post(
        ollama.url + "/api/chat", json={"model": "gemma3", "messages": MESSAGES, "stream": False, "tools": [{}]}
    ).json()
    assert reply["message"]["tool_calls"] == [{"function": {"name": "lookup", "arguments": {"q": "x"}}}]
    lines = ndjson(client, ollama.url, "/api/chat", {"model": "gemma3", "messages": MESSAGES, "tools": [{}]})
    assert lines[0]["message"]["tool_calls"][0]["function"]["arguments"] == {"q": "x"} and lines[-1]["done"] is True
    plain = client.post(
        ollama.url + "/api/chat", json={"model": "gemma3", "messages": MESSAGES, "stream": False}
    ).json()
    assert "tool_calls" not in plain["message"]


def test_ollama_drop_after_tokens(ollama: OllamaNode, client: httpx2.Client) -> None:
    ollama.set(drop_after_tokens=1)
    seen: list[str] = []
    body = {"model": "gemma3", "messages": MESSAGES}
    with pytest.raises(httpx2.RemoteProtocolError), client.stream("POST", ollama.url + "/api/chat", json=body) as r:
        seen.extend(r.iter_lines())
    assert [json.loads(line)["done"] for line in seen if line] == [False]


def test_ollama_pull_load_and_unload(ollama: OllamaNode, client: httpx2.Client) -> None:
    assert [m["name"] for m in client.get(ollama.url + "/api/ps").json()["models"]] == ["qwen3:1.7b"]
    progress = ndjson(client, ollama.url, "/api/pull", {"model": "llama3.2:1b"})
    assert progress[0] == {"status": "pulling manifest"} and progress[-1] == {"status": "success"}
    downloads = [p for p in progress if "completed" in p]
    assert len(downloads) >= 2 and downloads[-1]["completed"] == downloads[-1]["total"] > downloads[0]["completed"]
    assert "llama3.2:1b" in ollama.behaviour.models

    client.post(ollama.url + "/api/chat", json={"model": "llama3.2:1b", "messages": MESSAGES, "stream": False})
    ps = client.get(ollama.url + "/api/ps").json()["models"]
    assert [m["name"] for m in ps] == ["qwen3:1.7b", "llama3.2:1b"] and ps[0]["size_vram"] > 0 and ps[0]["expires_at"]
    unload = client.post(ollama.url + "/api/chat", json={"model": "qwen3:1.7b", "messages": [], "keep_alive": 0}).json()
    assert unload["done"] is True and unload["done_reason"] == "unload"
    assert [m["name"] for m in client.get(ollama.url + "/api/ps").json()["models"]] == ["llama3.2:1b"]
