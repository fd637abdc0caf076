"""Indicators from TA-Lib, the reference implementation that freqtrade and
most bots use: its wheels (0.6 and later) bundle the C library, so it installs
cleanly on Python 3.11 with NumPy 2, and it computes a year of 1-minute
candles in milliseconds. Every function takes and returns float64 arrays of
the candles' length, NaN where the look-back is not yet filled."""

from __future__ import annotations

import numpy as np
import talib

from .models import Candles, FloatArray


def rsi(close: FloatArray, period: int = 14) -> FloatArray:
    """Wilder's relative strength index, 0–100."""
    return np.asarray(talib.RSI(close, timeperiod=period), dtype=np.float64)


def ema(close: FloatArray, period: int) -> FloatArray:
    return np.asarray(talib.EMA(close, timeperiod=period), dtype=np.float64)


def atr(candles: Candles, period: int = 14) -> FloatArray:
    """Wilder's average true range, in price units."""
    return np.asarray(talib.ATR(candles.high, candles.low, candles.close, timeperiod=period), dtype=np.float64)


def momentum(close: FloatArray, period: int = 10) -> FloatArray:
    """Rate of change over `period` candles, as a fraction (0.01 = +1 %)."""
    return np.asarray(talib.ROCR(close, timeperiod=period), dtype=np.float64) - 1.0


def volume_ratio(volume: FloatArray, period: int = 20) -> FloatArray:
    """Volume over its mean of the `period` candles before it (a spike is > 2).
    The current candle is left out of its own baseline so a spike shows whole."""
    mean = np.asarray(talib.SMA(volume, timeperiod=period), dtype=np.float64)
    before = np.full_like(mean, np.nan)
    before[1:] = mean[:-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(before > 0, volume / before, np.nan)
    return np.asarray(ratio, dtype=np.float64)
