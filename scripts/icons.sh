#!/bin/sh
# Renders the add-in icon's one vector source (assets/icon.svg) to the PNG sizes the manifest and
# Office ask for (16, 32, 64, 80, 128 px). Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
# Run after editing assets/icon.svg: `sh scripts/icons.sh`; the PNGs are committed with the SVG.
set -eu
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 32 64 80 128; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio assets/icon.svg -o "assets/icon-$size.png"
done
echo "assets/icon-{16,32,64,80,128}.png rendered from assets/icon.svg"
