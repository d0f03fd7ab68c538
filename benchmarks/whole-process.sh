#!/usr/bin/env bash
# Whole-process comparison: our CLI "olddefconfig --host-toolchain" against the kernel's
# "conf --olddefconfig" on the same tree and start .config (x86_64 defconfig), each a first
# run in a fresh directory (nothing cached). Prints the wall time of each run and the medians.
# Usage: benchmarks/whole-process.sh SRCTREE CONF_BINARY [RUNS]
set -euo pipefail
src=$(realpath "$1"); conf=$(realpath "$2"); runs=${3:-5}
cd "$(dirname "$0")/.."
launcher=installers/out/KconfigExplorer/bin/KconfigExplorer
[ -x "$launcher" ] || { echo "build the app image first: bash installers/build-app-image.sh" >&2; exit 1; }
version=$(sed -n 's/^VERSION = //p;s/^PATCHLEVEL = //p;s/^SUBLEVEL = //p' "$src/Makefile" | paste -sd.)
export srctree=$src ARCH=x86_64 SRCARCH=x86 KERNELVERSION=$version CC=gcc LD=ld HOSTCC=gcc HOSTCXX=g++ \
  RUSTC=rustc BINDGEN=bindgen PAHOLE=pahole
export CC_VERSION_TEXT="$(gcc --version | head -n 1)" RUSTC_VERSION_TEXT="$(rustc --version 2>/dev/null | head -n 1 || true)"
start=$(mktemp -d)
(cd "$start" && "$conf" --defconfig=arch/x86/configs/x86_64_defconfig Kconfig >/dev/null)

ms() { date +%s%N | cut -c1-13; }
measure() {  # label, command...
  local label=$1; shift; local times=()
  for i in $(seq "$runs"); do
    d=$(mktemp -d); cp "$start/.config" "$d/.config"
    t0=$(ms); (cd "$d" && "$@" >/dev/null 2>&1); t1=$(ms)
    times+=($((t1 - t0))); cp "$d/.config" "/tmp/whole-process-$label.config"; rm -rf "$d"
  done
  printf '%s: runs %s ms; median %s ms\n' "$label" "${times[*]}" \
    "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")"
}
measure conf "$conf" --olddefconfig Kconfig
measure ours "$(realpath "$launcher")" olddefconfig --srctree "$src" --arch x86_64 --host-toolchain
cmp /tmp/whole-process-conf.config /tmp/whole-process-ours.config && echo "outputs identical"
rm -rf "$start"
