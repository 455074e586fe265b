#!/usr/bin/env bash
# Build the Linux package: casebook-<version>-linux-<arch>.tar.gz and its SHA256SUMS in dist/.
#
# A build venv of its own (build/package-venv: casebook installed as a user would get it, not
# editable, plus PyInstaller), the catalogs compiled, one PyInstaller folder, a tarball with
# fixed owners and times. Run on the oldest system it must start on: PyInstaller takes the
# libraries Qt's xcb plugin needs from the build machine (.ci/run installs them), so the
# package starts on a desktop that lacks them. Network: only the package registries, here.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
venv=build/package-venv
if [[ ! -x "$venv/bin/python" ]]; then
    "$PYTHON" -m venv "$venv"
    "$venv/bin/pip" install -q --upgrade pip
fi
# casebook and what it needs, then its catalogs compiled with that PySide6's lrelease, then
# casebook again so that its installed package data holds the .qm files.
"$venv/bin/pip" install -q . pyinstaller==6.22.3
for ts in src/casebook/ui/i18n/*.ts; do
    "$venv/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
"$venv/bin/pip" install -q --force-reinstall --no-deps .
version=$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("casebook"))')
arch=$(uname -m)
name="casebook-$version-linux-$arch"
rm -rf build/pyinstaller dist/casebook "dist/$name.tar.gz"
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/casebook.spec
# A folder users unpack anywhere; times and owners fixed so that two builds can be compared.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2026-01-01 00:00Z' \
    -C dist -czf "dist/$name.tar.gz" --transform "s,^casebook,$name," casebook
(cd dist && sha256sum "$name.tar.gz" > SHA256SUMS)
echo "built dist/$name.tar.gz"
cat dist/SHA256SUMS
