#!/usr/bin/env bash
# Regenerates components/brand/fonts/zh-language-name.woff2: the two characters of "中文" from Noto Sans SC
# (npm @fontsource/noto-sans-sc), about 600 bytes, so the language switcher reads on machines without a
# CJK font (decision 016). Needs Debian's python3-fonttools and python3-brotli; the output is committed, so
# neither the build nor CI runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
files=node_modules/@fontsource/noto-sans-sc/files
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The two characters sit in different unicode-range slices of the package.
for slice in 118 119; do
  /usr/bin/python3 -m fontTools.subset "$files/noto-sans-sc-$slice-400-normal.woff" --text="中文" \
    --layout-features='' --no-hinting --name-IDs='' --output-file="$work/$slice.ttf"
done
/usr/bin/python3 - "$work" <<'PY'
import sys
from fontTools.merge import Merger
font = Merger().merge([f"{sys.argv[1]}/118.ttf", f"{sys.argv[1]}/119.ttf"])
font.flavor = "woff2"
font.save("components/brand/fonts/zh-language-name.woff2")
PY
ls -l components/brand/fonts/zh-language-name.woff2
