"""CSV validation, the review parser, a scan with an injected cluster, and
the backtest document (trades add up to the summary; both baselines)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from jarvis_tui.backtest_cli import run
from jarvis_tui.core.config import Config
from jarvis_tui.core.events import EventBus
from jarvis_tui.core.store import Store
from jarvis_tui.core.trading.markets import Replay, load_csv
from jarvis_tui.core.trading.models import Candles, TradingError
from jarvis_tui.core.trading.service import TradingService
from jarvis_tui.core.trading.signals import parse_review

from .conftest import SOL, Clock, config, spec, walk

HEADER = "timestamp,open,high,low,close,volume\n"


def write_csv(path: Path, candles: Candles) -> Path:
    rows = "".join(f"{t},{o},{h},{lo},{c},{v}\n" for t, o, h, lo, c, v in zip(candles.ts, candles.open, candles.high, candles.low, candles.close, candles.volume, strict=True))
    path.write_text(HEADER + rows)
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("timestamp,open,high,low,close\n1704067200000,1,1,1,1\n", "missing column volume"),
        (HEADER + "1704067260000,1,1,1,1,1\n1704067200000,1,1,1,1,1\n", "row 2 is older than the row before it"),
        (HEADER + "1704067200000,1,1,1,1,1\n1704067200000,1,1,1,1,1\n", "row 2 repeats the timestamp"),
        (HEADER + "1704067200000,nan,1,1,1,1\n", "NaN"),
        (HEADER + "1704067200000,0,1,0,1,1\n", "at or below zero"),
        (HEADER + "1704067200000,-1,1,-1,1,1\n", "at or below zero"),
        (HEADER + "1704067200000,1,abc,1,1,1\n", "not a number"),
        (HEADER + "1704067200,1,1,1,1,1\n", "look like seconds"),
        (HEADER + "1704067200000,1,0.5,1,1,1\n", "not a candle"),
        (HEADER, "no candles"),
    ],
)
def test_bad_csv_is_refused_clearly(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(TradingError, match=message):
        load_csv(path)


def test_a_good_csv_loads_with_columns_in_any_order(tmp_path: Path) -> None:
    path = tmp_path / "ok.csv"
    path.write_text("volume,close,low,high,open,timestamp\n5,1.5,0.9,2,1,1704067200000\n")
    candles = load_csv(path)
    assert candles.open.tolist() == [1.0] and candles.high.tolist() == [2.0] and candles.ts.tolist() == [1704067200000]


@pytest.mark.parametrize(
    ("text", "score", "reasons"),
    [
        ("SCORE: 82\nREASON: EMA cross up\nREASON: volume spike", 82.0, ("EMA cross up", "volume spike")),
        ('Here: {"score": 64, "reasons": ["weak trend"]}', 64.0, ("weak trend",)),
        ("**Score:** 7/10\n- reason: momentum", 70.0, ("momentum",)),
        ("score: 75/100", 75.0, ()),
    ],
)
def test_review_parsing(text: str, score: float, reasons: tuple[str, ...]) -> None:
    review = parse_review(text)
    assert review is not None and review.score == score and review.reasons == reasons


@pytest.mark.parametrize("text", ["", "I think it is a good trade", "SCORE: 150", "SCORE: 80\nSCORE: 20", '{"score": "high"}', "SCORE: -5"])
def test_garbage_reviews_give_no_score(text: str) -> None:
    assert parse_review(text) is None


async def test_a_scan_records_every_reviewed_signal_and_promotes_only_scored_ones(tmp_path: Path) -> None:
    series = {SOL: walk(400), "ETH/USDT:USDT": walk(400, seed=9)}
    replay = Replay(series)
    for _ in range(400):
        replay.step()
    answers = iter(["SCORE: 91\nREASON: trend and volume agree", "no idea"])
    prompts: list[str] = []

    async def review(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    store = await Store.open(tmp_path / "t.db")
    cfg = config(pairs=["SOL", "ETH"], review_top=2)
    service = TradingService(cfg, bus=EventBus(), store=store, review=review, market_data=replay,
                             markets={SOL: spec(), "ETH/USDT:USDT": spec("ETH/USDT:USDT")}, clock=Clock(int(series[SOL].ts[-1])))
    await service.start()
    result = await service.scan()
    rows = await store.fetchall("SELECT pair, score, reasons_json, status FROM trading_signals ORDER BY score DESC")
    await store.close()
    assert result.reviewed == len(prompts) == len(rows) and result.reviewed >= 1
    assert rows[0]["score"] == 91 and rows[0]["reasons"] == ["trend and volume agree"] and rows[0]["status"] == "pending"
    if len(rows) > 1:
        assert rows[1]["score"] is None and rows[1]["status"] == "unscored"
    assert [s.score for s in service.pending_signals()] == [91]


def test_backtest_document_adds_up_and_has_both_baselines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "sol.csv", walk(6000))
    args = argparse.Namespace(backtest="SOL", date_from="2024-01-01", date_to="2024-01-03", data=str(path), json=True)
    assert run(args, Config()) == 0
    doc = json.loads(capsys.readouterr().out)
    assert list(doc)[:7] == ["pair", "from", "to", "candles", "trades", "summary", "baselines"]
    assert doc["pair"] == SOL and doc["candles"] == 4320 and set(doc["baselines"]) == {"random", "buy_and_hold"}
    assert doc["summary"]["trades"] == len(doc["trades"]) > 0
    assert sum(t["pnl_usdt"] for t in doc["trades"]) == pytest.approx(doc["summary"]["pnl_usdt"], abs=1e-6)
    for t in doc["trades"]:
        gross = (t["exit"] - t["entry"]) * (1 if t["side"] == "long" else -1) * t["size_usdt"] * t["leverage"] / t["entry"]
        assert t["pnl_usdt"] == pytest.approx(gross - t["fee_usdt"] - t["funding_usdt"], abs=1e-6) or t["reason"] == "liquidation"
        assert t["reason"] in {"tp", "sl", "liquidation", "signal", "end"}
    assert doc["baselines"]["buy_and_hold"]["trades"] == 1
    assert "baseline" in doc["verdict"]


def test_backtest_bad_data_and_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("timestamp,open\n1,2\n")
    args = argparse.Namespace(backtest="SOL", date_from="2024-01-01", date_to="2024-01-05", data=str(bad), json=True)
    assert run(args, Config()) == 2
    assert "missing columns" in capsys.readouterr().err
    args = argparse.Namespace(backtest="SOL", date_from="2024-01-05", date_to="2024-01-01", data=str(bad), json=True)
    assert run(args, Config()) == 2
