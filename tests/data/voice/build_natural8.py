"""Build natural8.jsonl: the tenth labelled set of voice utterances.

Written by the voice-set8 helper from data/voice/commands.toml (and core/voice/catalogue_gen.py) alone:
the held-out set, the dev set and the other natural sets were never opened. Every line in
natural8_lines.txt was written by hand (no template filling); this script only parses them,
checks them against the catalogue and writes the JSONL. Deterministic: no randomness.

Line format: category|lang|command id or -|slots as k=v;k=v|spoken text
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CATS = {"p": "paraphrase", "a": "asr", "c": "canonical", "o": "oos", "m": "ambiguous"}


def main() -> int:
    cat = tomllib.loads((ROOT / "data/voice/commands.toml").read_text(encoding="utf-8"))
    slot_defs = {k: v for k, v in cat["slots"].items()}
    cmds = {c["id"]: set(re.findall(r"\{(\w+)\}", " ".join(c["fr"] + c["en"]))) for c in cat["commands"]}
    rows, seen, errors = [], set(), []
    for n, raw in enumerate((HERE / "natural8_lines.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        c, lang, cmd, slots_s, text = raw.split("|", 4)
        command = None if cmd == "-" else cmd
        slots: dict[str, object] = {}
        for kv in filter(None, slots_s.split(";")):
            k, v = kv.split("=", 1)
            d = slot_defs[k]
            if d["kind"] == "number":
                iv = int(v)
                if not d["min"] <= iv <= d["max"]:
                    errors.append(f"{n}: {k}={iv} out of range")
                slots[k] = iv
            else:
                if d["kind"] == "list" and v not in {x["value"] for x in d["values"]}:
                    errors.append(f"{n}: {k}={v} not in list")
                slots[k] = v
        if command is not None:
            if command not in cmds:
                errors.append(f"{n}: unknown command {command}")
            elif set(slots) != cmds[command]:
                errors.append(f"{n}: slots {sorted(slots)} != {sorted(cmds[command])} for {command}")
        elif slots or c not in ("o", "m"):
            errors.append(f"{n}: null command must be oos/ambiguous without slots")
        if lang not in ("fr", "en") or c not in CATS:
            errors.append(f"{n}: bad lang/category")
        if '"' in text or any('"' in str(v) for v in slots.values()):
            errors.append(f"{n}: quote character")
        key = text.strip().lower()
        if key in seen:
            errors.append(f"{n}: duplicate text {text}")
        seen.add(key)
        rows.append({"text": text, "lang": lang, "command": command, "slots": slots, "category": CATS[c]})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    with (HERE / "natural8.jsonl").open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} lines written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
