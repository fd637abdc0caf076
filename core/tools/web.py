"""The agents' web tools: `web_search` (Ollama's hosted search) and
`web_fetch` (one page as text). Fetching asks first: a URL can reach the
LAN, and a model could use one to send data out."""

from __future__ import annotations

from html.parser import HTMLParser

from jarvis_tui.core.tools.base import Json, Tier, Tool, ToolContext, ToolError, integer, params
from jarvis_tui.core.tools.ollama import QUERY_SCHEMA, web_search

MAX_FETCH_BYTES = 2_000_000


class _Text(HTMLParser):
    """The visible text of an HTML page: no scripts, styles or tags."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in self._SKIP:
            self._skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping and data.strip():
            self.parts.append(data.strip())


def html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return "\n".join(parser.parts)


async def _web_search(args: Json, ctx: ToolContext) -> Json:
    return await web_search(args["query"], args.get("max_results", 5))


async def _web_fetch(args: Json, ctx: ToolContext) -> Json:
    import httpx2  # noqa: PLC0415

    url = args["url"]
    async with httpx2.AsyncClient(timeout=30.0, follow_redirects=True) as client:
        try:
            async with client.stream("GET", url, headers={"user-agent": "jarvis-tui"}) as response:
                body = b""
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > MAX_FETCH_BYTES:
                        break
        except httpx2.HTTPError as exc:
            raise ToolError(f"could not fetch {url}: {type(exc).__name__}: {exc}") from None
    if response.status_code >= 400:
        raise ToolError(f"{url} answered HTTP {response.status_code}")
    text = body[:MAX_FETCH_BYTES].decode(response.encoding or "utf-8", "replace")
    if "html" in response.headers.get("content-type", ""):
        text = html_text(text)
    limit = args.get("max_chars", 20_000)
    return {"url": str(response.url), "status": response.status_code, "text": text[:limit], "truncated": len(text) > limit}


TOOLS = [
    Tool("web_search", "web", "Search the web (Ollama's hosted web search; needs OLLAMA_API_KEY).", QUERY_SCHEMA, Tier.READ, _web_search),
    Tool("web_fetch", "web", "Fetch one web page and return its text.", params(("url",), url={"type": "string", "pattern": r"^https?://\S+$", "maxLength": 8192, "description": "http:// or https:// URL"},
                                                                           max_chars=integer("at most this many characters", minimum=100, maximum=1_000_000)), Tier.ACT, _web_fetch,
         lambda args, ctx: f"GET {args['url']}"),
]
