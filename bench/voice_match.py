"""Voice command matching: time per transcript over the whole catalogue's
phrasings (target: median < 2 ms), the fuzzy stage on its own (out-of-scope
phrases go all the way through it), the load time (cold: compile; warm:
from the JSON cache), and the three rates on the labelled sets.

    .venv/bin/python bench/voice_match.py            # BENCH_REPEAT=N: passes over the phrasings (default 3)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

from _common import ROOT, header, summary

from jarvis_tui.core.voice.catalogue import NumberSlot, TextSlot
from jarvis_tui.core.voice.catalogue_templates import Slot
from jarvis_tui.core.voice.matcher import Matcher
from jarvis_tui.core.voice.matcher_eval import evaluate, load_labelled
from jarvis_tui.core.voice.matcher_load import load_matcher
from jarvis_tui.core.voice.normalise import normalise

DATA = ROOT / "tests" / "data" / "voice"
# natural.jsonl, natural2.jsonl, …: every set written from the catalogue alone, in the order they were written.
NATURAL_SETS = sorted((p.name for p in DATA.glob("natural*.jsonl")), key=lambda name: int(name.removeprefix("natural").removesuffix(".jsonl") or 1))


def catalogue_sentences(matcher: Matcher) -> list[str]:
    """Every expanded phrasing, slots filled with a value in range."""
    out = []
    for phrasing in matcher.catalogue.phrasings:
        words = []
        for piece in phrasing.pieces:
            if isinstance(piece, Slot):
                slot = matcher.catalogue.slots[piece.name]
                words.append(str(int((slot.min + slot.max) // 2)) if isinstance(slot, NumberSlot) else "la météo à Lyon" if isinstance(slot, TextSlot) else "?")
            else:
                words.append(piece)
        out.append(" ".join(words))
    return out


def timed(matcher: Matcher, texts: list[str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        normalise.cache_clear()  # each pass pays for normalisation, as a new transcript does
        for text in texts:
            start = time.perf_counter()
            matcher.match(text)
            times.append((time.perf_counter() - start) * 1000)
    return times


def load_times() -> tuple[float, float]:
    """Seconds to build a matcher in a fresh process: cold (empty cache), then warm."""
    code = ("import time; t=time.perf_counter(); from jarvis_tui.core.voice.matcher_load import load_matcher; "
            "load_matcher(); print(time.perf_counter()-t)")
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache}
        runs = [float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout) for _ in range(2)]
    return runs[0], runs[1]


def main() -> int:
    header("voice command matching")
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    cold, warm = load_times()
    print(f"load (new process, imports included): cold {cold * 1000:.0f} ms (compiles the catalogue), warm {warm * 1000:.0f} ms (JSON cache)")
    matcher = load_matcher()
    print(f"catalogue: {len(matcher.catalogue.commands)} commands, {len(matcher.catalogue.phrasings)} phrasings, "
          f"{matcher.phrasing_count} distinct after normalisation")
    sentences = catalogue_sentences(matcher)
    print(f"match, every catalogue phrasing x{repeat}: {summary(timed(matcher, sentences, repeat))}")
    dev = [i.text for i in load_labelled(DATA / "dev.jsonl")]
    print(f"match, dev set utterances x{repeat}: {summary(timed(matcher, dev, repeat))}")
    rejected = [i.text for i in load_labelled(DATA / "dev.jsonl") if i.command is None]
    print(f"match, out-of-scope utterances only (full fuzzy stage) x{repeat}: {summary(timed(matcher, rejected, repeat))}")
    for name in ("dev.jsonl", *NATURAL_SETS, "heldout.jsonl"):
        path = DATA / name
        if path.exists():
            print(f"rates on {name}: {evaluate(matcher, path).summary()}")
        else:
            print(f"rates on {name}: file absent")
    # The DEV set's hand-written spoken section, by part: "tune" was looked at while tuning, "check" never was.
    rows = [json.loads(line) for line in (DATA / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        for part in ("tune", "check"):
            file = os.path.join(tmp, f"{part}.jsonl")
            with open(file, "w", encoding="utf-8") as out:
                out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows if r.get("kind") == "spoken" and r.get("part") == part)
            print(f"rates on dev.jsonl's spoken section, part {part}: {evaluate(matcher, file).summary()}")
    # natural.jsonl to natural8.jsonl by part: every fifth line (by line number) is "check", never looked at while tuning.
    for name in NATURAL_SETS:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        with tempfile.TemporaryDirectory() as tmp:
            for part, keep in (("tune", lambda n: n % 5 != 0), ("check", lambda n: n % 5 == 0)):
                file = os.path.join(tmp, f"{part}.jsonl")
                with open(file, "w", encoding="utf-8") as out:
                    out.writelines(line + "\n" for n, line in enumerate(lines, 1) if keep(n) and line.strip())
                print(f"rates on {name}, part {part}: {evaluate(matcher, file).summary()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
