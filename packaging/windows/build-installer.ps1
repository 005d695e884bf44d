# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

<#
.SYNOPSIS
Builds the CarePortal installer for Windows: careportal-<version>-win64.exe and its SHA-256.

.DESCRIPTION
UNTESTED: written on Linux, never run on Windows (docs/platforms.md says what is known).
Only the app is built; the reference server and the test suite are Linux-only.

Steps:
  1. configure the app alone (CMakeLists.txt leaves out server, tests and benchmark off
     Linux) against the given Qt and the libraries from vcpkg;
  2. build careportal.exe and, when a certificate is given, sign it (Authenticode);
  3. cpack -G NSIS: installs careportal.exe into cpack's staging folder, where
     packaging/windows/deploy.cmake.in runs windeployqt (Qt's DLLs, the QML modules qml/
     imports, the plugins) and copies the other DLLs (QtKeychain, libsodium, libqrencode,
     libical) and the MSVC runtime beside it; then makensis makes the installer, which
     shows LICENSE and registers careportal:// (cmake/PackagingWindows.cmake);
  4. signs the installer, when a certificate is given, and writes SHA256SUMS.

Prerequisites (on the build PC):
  - Visual Studio 2022 (Desktop development with C++); run this from the
    "x64 Native Tools Command Prompt for VS 2022" (then `powershell`), so cl, link and
    dumpbin are on PATH (file(GET_RUNTIME_DEPENDENCIES) needs dumpbin);
  - Qt 6.4 or newer for MSVC 64-bit from the Qt installer, with the add-ons Qt Virtual
    Keyboard and Qt TextToSpeech (Qt Quick Dialogs and the SQLite driver come with the
    base); -QtDir is its folder, e.g. C:\Qt\6.5.3\msvc2019_64;
  - QtKeychain built against that Qt (https://github.com/frankosterfeld/qtkeychain:
    cmake -DBUILD_WITH_QT6=ON -DCMAKE_PREFIX_PATH=<QtDir> -DCMAKE_INSTALL_PREFIX=<KeychainDir>,
    then cmake --build and cmake --install); on Windows it keeps the session in the
    Credential Manager (Windows Credentials, "Generic credentials"); -KeychainDir is its
    install folder;
  - vcpkg (-VcpkgRoot) with: vcpkg install --triplet x64-windows libsodium libqrencode
    libical pkgconf (port names as of writing, unchecked);
  - CMake 3.21+, Ninja, NSIS 3 (makensis on PATH).

Signing: the organisation's code-signing certificate in the certificate store, named by
its SHA-1 thumbprint (-SignThumbprint or $env:CAREPORTAL_WINDOWS_SIGN_THUMBPRINT), and
signtool from the Windows SDK on PATH. Without one, nothing is signed and Windows
SmartScreen warns whoever runs the installer.

.EXAMPLE
.\packaging\windows\build-installer.ps1 -QtDir C:\Qt\6.5.3\msvc2019_64 -KeychainDir C:\deps\qtkeychain -VcpkgRoot C:\vcpkg
#>
param(
    [Parameter(Mandatory = $true)] [string] $QtDir,
    [Parameter(Mandatory = $true)] [string] $KeychainDir,
    [Parameter(Mandatory = $true)] [string] $VcpkgRoot,
    [string] $BuildDir = "build-windows",
    [string] $SignThumbprint = $env:CAREPORTAL_WINDOWS_SIGN_THUMBPRINT,
    [string] $TimestampUrl = "http://timestamp.digicert.com"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked {
    param([string] $Program, [string[]] $Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program failed ($LASTEXITCODE)" }
}

function Add-Signature([string] $File) {
    if (-not $SignThumbprint) {
        Write-Warning "not signed (no -SignThumbprint): $File"
        return
    }
    Invoke-Checked signtool @("sign", "/sha1", $SignThumbprint, "/fd", "SHA256",
        "/tr", $TimestampUrl, "/td", "SHA256", $File)
    Invoke-Checked signtool @("verify", "/pa", $File)
}

foreach ($tool in @("cmake", "ninja", "cl", "dumpbin", "makensis")) {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        throw "$tool is not on PATH (see the prerequisites in this script's help)"
    }
}

# 1. Configure: Qt and QtKeychain through CMAKE_PREFIX_PATH, the rest through pkg-config.
$deps = Join-Path $VcpkgRoot "installed\x64-windows"
$env:PKG_CONFIG_PATH = Join-Path $deps "lib\pkgconfig"
$pkgConfig = Join-Path $deps "tools\pkgconf\pkgconf.exe"
Invoke-Checked cmake @("-S", ".", "-B", $BuildDir, "-G", "Ninja",
    "-DCMAKE_BUILD_TYPE=Release",
    "-DCMAKE_PREFIX_PATH=$QtDir;$KeychainDir;$deps",
    "-DPKG_CONFIG_EXECUTABLE=$pkgConfig",
    "-DCAREPORTAL_RUNTIME_DLL_DIRS=$(Join-Path $deps 'bin');$(Join-Path $KeychainDir 'bin')")

# 2. The app alone, then its signature (cpack copies the signed exe into the installer).
Invoke-Checked cmake @("--build", $BuildDir, "--target", "careportal")
Add-Signature (Join-Path $BuildDir "app\careportal.exe")

# 3. The installer: cpack runs the install step, and so windeployqt, itself.
$pkg = Join-Path $BuildDir "pkg"
Invoke-Checked cpack @("--config", (Join-Path $BuildDir "CPackConfig.cmake"), "-G", "NSIS", "-B", $pkg)
$installer = Get-ChildItem (Join-Path $pkg "careportal-*-win64.exe") | Select-Object -First 1
if (-not $installer) { throw "no careportal-*-win64.exe in $pkg" }

# 4. Its signature and checksum (docs/release.md: SHA256SUMS, signed with gpg there).
Add-Signature $installer.FullName
$hash = (Get-FileHash -Algorithm SHA256 $installer.FullName).Hash.ToLower()
"$hash  $($installer.Name)" | Out-File -Encoding ascii (Join-Path $pkg "SHA256SUMS")
Write-Host "installer: $($installer.FullName)"
Write-Host "sha256:    $hash"
Write-Host "Try it on a clean Windows PC: install, start CarePortal from the Start menu, log in,"
Write-Host "close and reopen (the session from the Credential Manager), open a careportal:// link."
