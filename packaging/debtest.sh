#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from a build folder, checks its metadata and contents, then installs it with
# apt into a clean Debian 12 root (debootstrap minbase, cached as a tarball and unpacked afresh
# each run) and runs both programs from /usr/bin there. Needs root, debootstrap and the network.
#   bash packaging/debtest.sh [BUILD_DIR]      (default build/dev, already built)
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$top/build/dev}" && pwd)
cache=${EPISCOPE_CI_CACHE:-/var/cache/episcope-ci}
mirror=${EPISCOPE_CI_MIRROR:-http://deb.debian.org/debian}
pristine="$cache/debian12-minbase.tar"
root="$cache/debian12-deb-test"

fail() { echo "debtest: $*" >&2; exit 1; }

echo "== building the package in $build"
(cd "$build" && cpack -G DEB -B "$build/package" >/dev/null)
deb=$(ls "$build"/package/episcope_*.deb | head -n1)
[ -f "$deb" ] || fail "cpack made no .deb"
echo "   $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

echo "== metadata"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = episcope ] || fail "Package is '$(field Package)'"
version=$(sed -n 's/^project(Episcope VERSION \([0-9.]*\).*/\1/p' "$top/CMakeLists.txt")
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project is $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
for needed in libqt6widgets6 libqt6gui6 libqt6core6 libcld2-0 libhunspell libvoikko1 libicu qt6-qpa-plugins; do
  grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
[ -n "$(field Maintainer)" ] && [ -n "$(field Description)" ] || fail "Maintainer or Description missing"
echo "   Depends: $depends"
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/episcope ./usr/bin/episcope-cli ./usr/share/applications/io.github.episcope.Episcope.desktop \
            ./usr/share/metainfo/io.github.episcope.Episcope.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/io.github.episcope.Episcope.svg \
            ./usr/share/icons/hicolor/48x48/apps/io.github.episcope.Episcope.png ./usr/share/man/man1/episcope-cli.1; do
  grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done
if grep -q -e ' ./usr/local' -e 'episcope_.*tests' <<<"$contents"; then fail "the package holds files it should not"; fi

echo "== a clean Debian 12 root"
if [ ! -f "$pristine" ]; then
  command -v debootstrap >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap; }
  rm -rf "$root" && mkdir -p "$root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
  tar -C "$root" -cf "$pristine.partial" . && mv "$pristine.partial" "$pristine"
fi
rm -rf "$root" && mkdir -p "$root"
tar -C "$root" -xf "$pristine"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
mounted=""
cleanup() {
  if [ -n "$mounted" ]; then umount "$root/proc" || umount -l "$root/proc" || true; fi
  rm -rf "$root"
}
trap cleanup EXIT
mount -t proc proc "$root/proc"; mounted=yes

in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive /bin/bash -c "$1"
}
echo "== apt install ./$(basename "$deb")"
in_root "apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends /tmp/$(basename "$deb") >/tmp/apt.log 2>&1 || { tail -20 /tmp/apt.log; exit 1; }"
echo "== running from /usr/bin"
in_root 'command -v episcope-cli' | grep -qx /usr/bin/episcope-cli || fail "episcope-cli is not /usr/bin/episcope-cli"
in_root 'episcope-cli --version' | grep -qx "episcope-cli $version" || fail "episcope-cli --version"
in_root 'episcope-cli list' | grep -q 'synopses: 9' || fail "episcope-cli list does not read the bundled sample"
# The translations travel inside the binaries: German help is not the English one.
[ "$(in_root 'episcope-cli --ui-language de --help 2>&1')" != "$(in_root 'episcope-cli --ui-language en --help 2>&1')" ] ||
  fail "episcope-cli --ui-language de --help prints English"
in_root 'QT_QPA_PLATFORM=offscreen episcope --version' | grep -q "$version" || fail "episcope --version"
# The window starts and stays up until it is stopped (timeout's 124), with no missing library.
set +e
in_root 'QT_QPA_PLATFORM=offscreen timeout 5 episcope >/tmp/gui.log 2>&1'
status=$?
set -e
[ "$status" -eq 124 ] || { in_root 'cat /tmp/gui.log'; fail "episcope did not keep running (exit status $status)"; }
echo "debtest: $(basename "$deb") installs on a clean Debian 12 root; episcope-cli $version and episcope run from /usr/bin"
