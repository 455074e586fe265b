# Build the Windows package: dist\casebook-<version>-windows-x64.zip and its SHA256SUMS.
# Written to work on a GitHub windows-latest runner (.github/workflows/package.yml) with Python
# 3.11; NOT tried here (packaging/README.md says what was). Same steps as build-linux.sh.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$venv = "build\package-venv"
if (-not (Test-Path "$venv\Scripts\python.exe")) {
    py -3.11 -m venv $venv
    & "$venv\Scripts\python.exe" -m pip install -q --upgrade pip
}
& "$venv\Scripts\pip.exe" install -q . pyinstaller==6.22.3
Get-ChildItem src\casebook\ui\i18n\*.ts | ForEach-Object {
    & "$venv\Scripts\pyside6-lrelease.exe" -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
}
& "$venv\Scripts\pip.exe" install -q --force-reinstall --no-deps .
$version = & "$venv\Scripts\python.exe" -c "import importlib.metadata as m; print(m.version('casebook'))"
$name = "casebook-$version-windows-x64"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue build\pyinstaller, dist\casebook
& "$venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN `
    --workpath build\pyinstaller --distpath dist packaging\casebook.spec
Compress-Archive -Path dist\casebook -DestinationPath "dist\$name.zip" -Force
$hash = (Get-FileHash -Algorithm SHA256 "dist\$name.zip").Hash.ToLower()
"$hash  $name.zip" | Out-File -Encoding ascii dist\SHA256SUMS
Write-Output "built dist\$name.zip"
Get-Content dist\SHA256SUMS
