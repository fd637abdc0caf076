"""Time as the trading code speaks it: ms since the epoch, UTC."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

HOUR_MS = 3_600_000
DAY_MS = 24 * HOUR_MS
FUNDING_INTERVAL_MS = 8 * HOUR_MS  # 00:00, 08:00 and 16:00 UTC
_UNITS = {"m": 60_000, "h": HOUR_MS, "d": DAY_MS}


def iso(ms: int) -> str:
    """`2024-01-02T03:04:05Z` for a timestamp in ms."""
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def timeframe_ms(timeframe: str) -> int:
    """`1m` -> 60000; ValueError for anything else than N followed by m, h or d."""
    match = re.fullmatch(r"([1-9][0-9]*)([mhd])", timeframe)
    if not match:
        raise ValueError(f"timeframe {timeframe!r} is not like 1m, 15m, 1h or 1d")
    return int(match.group(1)) * _UNITS[match.group(2)]


def parse_date(text: str, *, end: bool = False) -> int:
    """A date (`2024-01-31`) or an ISO 8601 time as ms UTC. With `end`, a bare
    date means the end of that day (exclusive bound: the next midnight)."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
            return int(((day + timedelta(days=1)) if end else day).timestamp() * 1000)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD) or an ISO 8601 time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def utc_day_start(ms: int) -> int:
    return ms - ms % DAY_MS
