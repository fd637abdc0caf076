"""Self-check of the fake Anthropic API: the real ``anthropic`` SDK must read it as the real thing."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anthropic
import httpx2
import pytest
from anthropic.types import TextBlock, ToolUseBlock

from tests.servers.anthropic_api import AnthropicNode

KEY = "test-key"
MODEL = "claude-fake-1"
REPLY = "The quick  brown fox.\n"
TOKENS = ["The", " quick", "  brown", " fox.", "\n"]
TURN: dict[str, Any] = {"model": MODEL, "max_tokens": 100, "messages": [{"role": "user", "content": "Say hello"}]}
WEATHER = {"id": "toolu_01weather", "name": "get_weather", "input": {"city": "Paris", "unit": "C", "days": [1, 2]}}
# What the SDK sends itself; raw requests must add it, as the real API insists on it.
VERSION = {"anthropic-version": "2023-06-01"}


@pytest.fixture(scope="module")
def node_server() -> Iterator[AnthropicNode]:
    with AnthropicNode(api_key=KEY, reply=REPLY, models=["claude-a", "claude-b"]) as node:
        yield node


# One node per module for speed (each stop costs ~0.2 s); reset it per test.
@pytest.fixture
def node(node_server: AnthropicNode) -> AnthropicNode:
    node_server.reset()
    return node_server


@pytest.fixture
def sdk(node: AnthropicNode) -> Iterator[anthropic.Anthropic]:
    with anthropic.Anthropic(api_key=KEY, base_url=node.url, max_retries=0, timeout=5) as client:
        yield client


@pytest.fixture
async def async_sdk(node: AnthropicNode) -> AsyncIterator[anthropic.AsyncAnthropic]:
    async with anthropic.AsyncAnthropic(api_key=KEY, base_url=node.url, max_retries=0, timeout=5) as client:
        yield client


@pytest.fixture
def http() -> Iterator[httpx2.Client]:
    with httpx2.Client(timeout=5) as client:
        yield client


def sse(http: httpx2.Client, node: AnthropicNode, body: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """POST a streaming request and decode every event as ``(event name, data)``."""
    headers = {"x-api-key": KEY, **VERSION}
    with http.stream("POST", node.url + "/v1/messages", json={**body, "stream": True}, headers=headers) as r:
        assert r.status_code == 200 and r.headers["content-type"] == "text/event-stream"
        blocks = r.read().decode().split("\n\n")
    assert blocks[-1] == ""  # every event ends with a blank line
    events = []
    for block in blocks[:-1]:
        name, data = block.split("\n")
        events.append((name.removeprefix("event: "), json.loads(data.removeprefix("data: "))))
    assert all(name == data["type"] for name, data in events)
    return events


# -- wire format ------------------------------------------------------------


def test_stream_wire_format(node: AnthropicNode, http: httpx2.Client) -> None:
    events = sse(http, node, TURN)
    names = [name for name, _ in events]
    assert names == [
        "message_start",
        "ping",
        "content_block_start",
        *["content_block_delta"] * 5,
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    start = events[0][1]["message"]
    assert start["id"].startswith("msg_") and start["model"] == MODEL and start["content"] == []
    assert start["stop_reason"] is None and set(start["usage"]) == {"input_tokens", "output_tokens"}
    assert events[2][1] == {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}
    assert [d["delta"] for _, d in events[3:8]] == [{"type": "text_delta", "text": t} for t in TOKENS]
    assert events[8][1] == {"type": "content_block_stop", "index": 0}
    assert events[9][1] == {
        "type": "message_delta",
        "delta": {"stop_reason": "end_turn", "stop_sequence": None},
        "usage": {"output_tokens": 5},
    }


def test_stream_tool_use_wire_format(node: AnthropicNode, http: httpx2.Client) -> None:
    node.set(tool_uses=[WEATHER], tool_preamble="Let me check.")
    events = [data for _, data in sse(http, node, TURN)]
    tool_start = next(e for e in events if e["type"] == "content_block_start" and e["index"] == 1)
    assert tool_start["content_block"] == {**WEATHER, "type": "tool_use", "input": {}}
    fragments = [e["delta"] for e in events if e["type"] == "content_block_delta" and e["index"] == 1]
    assert len(fragments) > 2 and {f["type"] for f in fragments} == {"input_json_delta"}
    assert json.loads("".join(f["partial_json"] for f in fragments)) == WEATHER["input"]
    assert events[-2]["delta"]["stop_reason"] == "tool_use"


def test_auth_headers_errors_and_validation(node: AnthropicNode, http: httpx2.Client) -> None:
    url = node.url + "/v1/messages"
    ok = http.post(url, json=TURN, headers={"x-api-key": KEY, **VERSION})
    assert ok.status_code == 200 and ok.headers["request-id"].startswith("req_")
    assert node.requests[-1].auth == "x-api-key"
    missing = http.post(url, json=TURN, headers=VERSION)
    assert missing.status_code == 401 and node.requests[-1].auth is None
    assert missing.json() == {
        "type": "error",
        "error": {"type": "authentication_error", "message": "x-api-key header is required"},
    }
    no_version = http.post(url, json=TURN, headers={"x-api-key": KEY})
    assert no_version.status_code == 400 and no_version.json()["error"]["type"] == "invalid_request_error"
    for broken in ({**TURN, "max_tokens": None}, {**TURN, "messages": []}, {"max_tokens": 5, "messages": []}):
        bad = http.post(url, json=broken, headers={"x-api-key": KEY, **VERSION})
        assert bad.status_code == 400 and bad.json()["error"]["type"] == "invalid_request_error"
    node.set(status=500)
    failed = http.post(url, json={**TURN, "stream": True}, headers={"x-api-key": KEY, **VERSION})
    assert failed.status_code == 500
    assert failed.json() == {"type": "error", "error": {"type": "api_error", "message": "Internal Server Error"}}
    unknown = http.get(node.url + "/v1/nothing", headers={"x-api-key": KEY, **VERSION})
    assert unknown.status_code == 404 and unknown.json()["error"]["type"] == "not_found_error"


# -- the real SDK -----------------------------------------------------------


def test_sync_create_returns_text_and_sends_bearer_key(node: AnthropicNode, sdk: anthropic.Anthropic) -> None:
    message = sdk.messages.create(**TURN)
    assert message.content == [TextBlock(type="text", text=REPLY, citations=None)]
    assert message.model == MODEL and message.stop_reason == "end_turn" and message.usage.output_tokens == 5
    assert message.id.startswith("msg_") and message.usage.input_tokens > 0
    (recorded,) = node.messages_requests
    # anthropic 2.x sends the API key as a bearer token, with no x-api-key header.
    assert recorded.headers["authorization"] == f"Bearer {KEY}" and "x-api-key" not in recorded.headers
    assert recorded.auth == "authorization"
    assert recorded.json == TURN and "anthropic-version" in recorded.headers


async def test_async_create_and_callable_reply(node: AnthropicNode, async_sdk: anthropic.AsyncAnthropic) -> None:
    node.set(reply=lambda body: f"echo: {body['messages'][-1]['content']}", tool_uses=lambda body: None)
    message = await async_sdk.messages.create(**TURN)
    assert isinstance(message.content[0], TextBlock) and message.content[0].text == "echo: Say hello"


async def test_stream_text_and_final_message(node: AnthropicNode, async_sdk: anthropic.AsyncAnthropic) -> None:
    async with async_sdk.messages.stream(**TURN) as stream:
        pieces = [text async for text in stream.text_stream]
        final = await stream.get_final_message()
    assert pieces == TOKENS
    assert final.content[0].type == "text" and final.content[0].text == REPLY
    assert final.stop_reason == "end_turn" and final.usage.output_tokens == 5


def test_sync_stream_sees_message_stop(sdk: anthropic.Anthropic) -> None:
    with sdk.messages.stream(**TURN) as stream:
        types = [event.type for event in stream]
    assert types[-1] == "message_stop" and "text" in types


def test_max_tokens_cuts_the_reply(sdk: anthropic.Anthropic) -> None:
    message = sdk.messages.create(**{**TURN, "max_tokens": 2})
    assert message.stop_reason == "max_tokens" and message.content[0].type == "text"
    assert message.content[0].text == "The quick" and message.usage.output_tokens == 2


def test_tool_use_non_stream(node: AnthropicNode, sdk: anthropic.Anthropic) -> None:
    node.set(tool_uses=[WEATHER, {"name": "noop", "input": {}}])
    message = sdk.messages.create(**TURN)
    assert message.stop_reason == "tool_use"
    weather, noop = message.content
    assert isinstance(weather, ToolUseBlock) and isinstance(noop, ToolUseBlock)
    assert (weather.id, weather.name, weather.input) == ("toolu_01weather", "get_weather", WEATHER["input"])
    assert noop.id.startswith("toolu_") and noop.input == {}


async def test_tool_use_stream(node: AnthropicNode, async_sdk: anthropic.AsyncAnthropic) -> None:
    node.set(tool_uses=lambda body: [WEATHER] if body.get("tools") else None, tool_preamble="Let me check.")
    tools = [{"name": "get_weather", "description": "Weather", "input_schema": {"type": "object"}}]
    async with async_sdk.messages.stream(**TURN, tools=tools) as stream:
        pieces = [text async for text in stream.text_stream]
        final = await stream.get_final_message()
    assert "".join(pieces) == "Let me check."
    text, tool = final.content
    assert isinstance(text, TextBlock) and text.text == "Let me check."
    assert isinstance(tool, ToolUseBlock) and tool.name == "get_weather" and tool.input == WEATHER["input"]
    assert final.stop_reason == "tool_use"


def test_wrong_key_is_an_authentication_error(node: AnthropicNode) -> None:
    with (
        anthropic.Anthropic(api_key="wrong", base_url=node.url, max_retries=0) as client,
        pytest.raises(anthropic.AuthenticationError) as failure,
    ):
        client.messages.create(**TURN)
    assert failure.value.status_code == 401
    assert failure.value.body == {
        "type": "error",
        "error": {"type": "authentication_error", "message": "invalid x-api-key"},
    }


async def test_overloaded_is_a_529_status_error(node: AnthropicNode, async_sdk: anthropic.AsyncAnthropic) -> None:
    node.set(status=529)
    with pytest.raises(anthropic.APIStatusError) as failure:
        await async_sdk.messages.create(**TURN)
    assert failure.value.status_code == 529 and isinstance(failure.value, anthropic.OverloadedError)
    with pytest.raises(anthropic.OverloadedError):
        async with async_sdk.messages.stream(**TURN) as stream:
            await stream.get_final_message()


@pytest.mark.parametrize("drop_after", [2, 99])  # 99: past the last token, so only the end is missing
async def test_drop_mid_stream_surfaces_a_raw_transport_error(
    node: AnthropicNode, async_sdk: anthropic.AsyncAnthropic, drop_after: int
) -> None:
    node.set(drop_after_tokens=drop_after)
    pieces: list[str] = []
    # The SDK leaves transport errors raised while a stream is read unwrapped.
    with pytest.raises(httpx2.RemoteProtocolError):
        async with async_sdk.messages.stream(**TURN) as stream:
            async for text in stream.text_stream:
                pieces.append(text)
    assert pieces == TOKENS[:drop_after]


def test_drop_of_a_whole_reply_is_a_connection_error(node: AnthropicNode, sdk: anthropic.Anthropic) -> None:
    node.set(drop_after_tokens=0)
    with pytest.raises(anthropic.APIConnectionError) as failure:
        sdk.messages.create(**TURN)
    assert isinstance(failure.value.__cause__, httpx2.RemoteProtocolError)


async def test_stream_pacing(node: AnthropicNode, async_sdk: anthropic.AsyncAnthropic) -> None:
    node.set(first_token_delay_s=0.2, token_delay_s=0.05)
    stamps: list[float] = []
    started = time.monotonic()
    async with async_sdk.messages.stream(**TURN) as stream:
        stamps.extend([time.monotonic() - started async for _ in stream.text_stream])
    assert 0.2 <= stamps[0] < 5
    # Four gaps of 0.05 s between five tokens; a loaded machine may deliver two
    # chunks in one read, so require three of them: with no pacing it would be ~0.
    assert stamps[-1] - stamps[0] >= 3 * 0.05


def test_first_token_delay_times_out(node: AnthropicNode, sdk: anthropic.Anthropic) -> None:
    node.set(first_token_delay_s=2)
    with pytest.raises(anthropic.APITimeoutError):
        sdk.with_options(timeout=0.2).messages.create(**TURN)


async def test_models_list(async_sdk: anthropic.AsyncAnthropic) -> None:
    page = await async_sdk.models.list(limit=100)
    assert [(m.id, m.display_name, m.type) for m in page.data] == [
        ("claude-a", "claude-a", "model"),
        ("claude-b", "claude-b", "model"),
    ]
    assert page.has_more is False and page.first_id == "claude-a" and page.last_id == "claude-b"


def test_set_down_refuses_then_set_up_serves_again(node: AnthropicNode, sdk: anthropic.Anthropic) -> None:
    node.set_down()
    try:
        with pytest.raises(anthropic.APIConnectionError):
            sdk.messages.create(**TURN)
    finally:
        node.set_up()
    assert sdk.messages.create(**TURN).content[0].type == "text"
