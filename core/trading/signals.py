"""Signals: indicators into a technical score, the cluster's review into a
0–100 score with reasons, and the pending signal a user may execute.

The technical score (0–100, with a direction) is computed for every candle at
once, so the scanner and the backtest score the same way. The cluster's text
is data: it is parsed for a score and reasons, never followed; anything that
does not parse cleanly gives no score, and an unscored signal is never
promoted to pending.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field

import numpy as np

from . import indicators as ind
from .models import Candles, FloatArray, IntArray, Side

FAST, SLOW, RSI_PERIOD, MOMENTUM_PERIOD, VOLUME_PERIOD, ATR_PERIOD = 9, 21, 14, 10, 20, 14
WARMUP = SLOW * 3  # candles before the EMAs settle; no score earlier
MAX_REASONS, MAX_REASON_CHARS = 5, 300


@dataclass(frozen=True)
class Technical:
    """Per-candle technical view: `direction` +1 long, -1 short, 0 none; `score` 0–100."""

    direction: IntArray
    score: FloatArray
    rsi: FloatArray
    ema_fast: FloatArray
    ema_slow: FloatArray
    momentum: FloatArray
    volume_ratio: FloatArray
    atr_pct: FloatArray


def technical(candles: Candles, take_profit_pct: float) -> Technical:
    """Score every candle.

    Trend (EMA 9 over EMA 21, with a bonus on the candle that crosses),
    momentum over 10 candles and RSI above/below 50 vote for a direction;
    their agreement is 60 % of the score. A volume spike (volume over its
    20-candle mean, full marks at 2x) is 20 %; volatility that can reach the
    take-profit (ATR as a share of price over the TP distance) is 20 %. An RSI
    stretched against the direction (above 75 for a long, below 25 for a
    short) cuts the score by 30 %.
    """
    close = candles.close
    fast, slow = ind.ema(close, FAST), ind.ema(close, SLOW)
    rsi = ind.rsi(close, RSI_PERIOD)
    mom = ind.momentum(close, MOMENTUM_PERIOD)
    vol = ind.volume_ratio(candles.volume, VOLUME_PERIOD)
    atr_pct = ind.atr(candles, ATR_PERIOD) / close * 100
    trend = np.sign(fast - slow)
    crossed = np.zeros_like(trend)
    crossed[1:] = np.where(trend[1:] != trend[:-1], trend[1:], 0.0)
    mom_vote = np.clip(mom / 0.002, -1.0, 1.0)  # a 0.2 % move over 10 candles is a full vote
    rsi_vote = np.clip((rsi - 50.0) / 15.0, -1.0, 1.0)
    votes = 0.35 * trend + 0.15 * crossed + 0.25 * mom_vote + 0.25 * rsi_vote
    direction = np.sign(votes)
    agreement = np.abs(votes)
    volume_part = np.clip(vol / 2.0, 0.0, 1.0)
    reach = np.clip(atr_pct / take_profit_pct, 0.0, 1.0)
    score = 100.0 * (0.6 * agreement + 0.2 * volume_part + 0.2 * reach)
    stretched = ((direction > 0) & (rsi > 75)) | ((direction < 0) & (rsi < 25))
    score = np.where(stretched, score * 0.7, score)
    bad = ~np.isfinite(score)
    bad[: min(WARMUP, len(candles))] = True
    score = np.where(bad, 0.0, score)
    direction = np.where(bad, 0.0, direction)
    return Technical(direction.astype(np.int64), score, rsi, fast, slow, mom, vol, atr_pct)


@dataclass(frozen=True)
class Candidate:
    """The latest candle of a pair, technically scored, before any review."""

    symbol: str
    side: Side
    entry: float
    technical_score: float
    timestamp: int
    facts: dict[str, float]


def candidate(symbol: str, candles: Candles, take_profit_pct: float) -> Candidate | None:
    """The pair's candidate from its latest closed candle, or None (no direction)."""
    if len(candles) <= WARMUP:
        return None
    view = technical(candles, take_profit_pct)
    i = len(candles) - 1
    if view.direction[i] == 0:
        return None
    facts = {
        "rsi": float(view.rsi[i]), "ema_fast": float(view.ema_fast[i]), "ema_slow": float(view.ema_slow[i]),
        "momentum_pct": float(view.momentum[i] * 100), "volume_ratio": float(view.volume_ratio[i]), "atr_pct": float(view.atr_pct[i]),
    }
    side: Side = "long" if view.direction[i] > 0 else "short"
    return Candidate(symbol, side, float(candles.close[i]), float(view.score[i]), int(candles.ts[i]), facts)


def review_prompt(c: Candidate, take_profit_pct: float, stop_loss_pct: float) -> str:
    """What ia-trading is asked. It must answer with a score line; the facts are numbers only."""
    facts = ", ".join(f"{k} {v:.4g}" for k, v in c.facts.items())
    return (
        f"Review this futures trade idea and score it.\n"
        f"Pair: {c.symbol}. Direction: {c.side}. Entry: {c.entry:.8g}. Take-profit {take_profit_pct:g} %, stop-loss {stop_loss_pct:g} %.\n"
        f"Technical score: {c.technical_score:.0f}/100. Indicators on the last candle: {facts}.\n"
        "Answer with one line `SCORE: N` where N is 0 to 100 (100 = very likely to reach the take-profit before the stop), "
        "then up to three lines `REASON: ...`."
    )


@dataclass(frozen=True)
class Review:
    score: float
    reasons: tuple[str, ...]


_SCORE = re.compile(r"(?im)^[\s>*#_`-]*(?:score|note|confidence)\s*[:=]\s*\**\s*(-?\d{1,3}(?:\.\d+)?)\s*(?:/\s*(100|10)\b)?")
_REASON = re.compile(r"(?im)^[\s>*#_`-]*(?:reason|raison)s?\s*(?:\d+\s*)?[:=-]\s*(.+)$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def parse_review(text: str) -> Review | None:
    """The score and reasons in a model's answer, or None.

    Accepted: a JSON object with a numeric `score` (and optional `reasons`),
    or `SCORE: N` lines (`N/100` too; `N/10` is scaled). Refused (None): no
    score, a score outside 0–100, two different scores, or a non-string text.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    parsed = _from_json(text)
    if parsed is not None:
        return parsed
    scores = set()
    for match in _SCORE.finditer(text):
        value = float(match.group(1)) * (10.0 if match.group(2) == "10" else 1.0)
        scores.add(value)
    if len(scores) != 1:
        return None
    score = scores.pop()
    if not 0 <= score <= 100:
        return None
    return Review(score, _clean_reasons(m.group(1) for m in _REASON.finditer(text)))


def _from_json(text: str) -> Review | None:
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return None
    try:
        doc = json.loads(text[start : end + 1])
    except ValueError:
        return None
    if not isinstance(doc, dict):
        return None
    score = doc.get("score")
    if isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 100:
        return None
    reasons = doc.get("reasons", [])
    if isinstance(reasons, str):
        reasons = [reasons]
    if not isinstance(reasons, list):
        reasons = []
    return Review(float(score), _clean_reasons(r for r in reasons if isinstance(r, str)))


def _clean_reasons(reasons: object) -> tuple[str, ...]:
    out: list[str] = []
    for reason in reasons:  # type: ignore[attr-defined]
        line = _CONTROL.sub("", str(reason)).strip().strip("*_`").strip()
        if line:
            out.append(line[:MAX_REASON_CHARS])
        if len(out) == MAX_REASONS:
            break
    return tuple(out)


def levels(side: Side, entry: float, take_profit_pct: float, stop_loss_pct: float) -> tuple[float, float]:
    """(take-profit, stop-loss) prices for an entry."""
    tp, sl = take_profit_pct / 100, stop_loss_pct / 100
    if side == "long":
        return entry * (1 + tp), entry * (1 - sl)
    return entry * (1 - tp), entry * (1 + sl)


SignalStatus = str  # scored | pending | rejected | executed | expired


@dataclass
class Signal:
    """A scored candidate. Only `pending` signals may be executed, and only before `expires_at`."""

    symbol: str
    side: Side
    entry: float
    take_profit: float
    stop_loss: float
    technical_score: float
    score: float | None  # the cluster's; None when the review gave none
    reasons: tuple[str, ...]
    created_at: int
    expires_at: int
    status: SignalStatus = "scored"
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id, "pair": self.symbol, "side": self.side, "entry": self.entry, "take_profit": self.take_profit, "stop_loss": self.stop_loss,
            "technical_score": round(self.technical_score, 1), "score": self.score, "reasons": list(self.reasons), "status": self.status,
            "created_at": self.created_at, "expires_at": self.expires_at,
        }
