#!/usr/bin/env bash
# Build the macOS package: dist/casebook-<version>-macos-<arch>.tar.gz and its SHA256SUMS.
# Written to work on a GitHub macos-latest runner (.github/workflows/package.yml) with Python
# 3.11; NOT tried here (packaging/README.md says what was). Unsigned and not notarised: users
# open it with right-click → Open the first time. Same steps as build-linux.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
venv=build/package-venv
if [[ ! -x "$venv/bin/python" ]]; then
    "$PYTHON" -m venv "$venv"
    "$venv/bin/pip" install -q --upgrade pip
fi
"$venv/bin/pip" install -q . pyinstaller==6.22.3
for ts in src/casebook/ui/i18n/*.ts; do
    "$venv/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
"$venv/bin/pip" install -q --force-reinstall --no-deps .
version=$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("casebook"))')
name="casebook-$version-macos-$(uname -m)"
rm -rf build/pyinstaller dist/casebook "dist/$name.tar.gz"
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/casebook.spec
tar -C dist -czf "dist/$name.tar.gz" casebook
(cd dist && shasum -a 256 "$name.tar.gz" > SHA256SUMS)
echo "built dist/$name.tar.gz"
cat dist/SHA256SUMS
