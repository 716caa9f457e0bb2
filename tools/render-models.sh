#!/usr/bin/env bash
# Draws every model of processes/ as a PNG in docs/guide/models/, the way Camunda Modeler and
# Cockpit draw them: bpmn-js and dmn-js (npm) in headless Chromium. Run it after changing a
# model and commit the pictures: tools/render-models.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/guide/models
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chromium=${CHROMIUM:-/usr/bin/chromium}

(cd "$work" && npm install --silent --no-audit --no-fund bpmn-js@18.31.1 dmn-js@17.10.2 >/dev/null)
mkdir -p "$out"

for model in processes/*.bpmn processes/*.dmn; do
  name=$(basename "$model")
  python3 - "$model" "$work" > "$work/page.html" <<'PY'
import json, re, sys
model, work = sys.argv[1], sys.argv[2]
xml = open(model, encoding='utf-8').read()
bpmn = model.endswith('.bpmn')
lib = 'bpmn-js' if bpmn else 'dmn-js'
viewer = f'{work}/node_modules/{lib}/dist/{"bpmn" if bpmn else "dmn"}-viewer.production.min.js'
css = [f'{work}/node_modules/{lib}/dist/assets/{f}' for f in
       (['diagram-js.css', 'bpmn-js.css'] if bpmn else
        ['diagram-js.css', 'dmn-js-shared.css', 'dmn-js-decision-table.css', 'dmn-js-drd.css', 'dmn-font/css/dmn.css'])]
links = ''.join(f'<link rel="stylesheet" href="file://{c}">' for c in css)
show = ("viewer.get('canvas').zoom('fit-viewport', 'auto')" if bpmn else
        "viewer.open(viewer.getViews().find(v => v.type === 'decisionTable'))")
print(f'''<!DOCTYPE html><html><head><meta charset="utf-8">{links}
<style>html, body, #canvas {{ margin: 0; height: 100%; background: #fff; font-family: sans-serif; }}</style></head>
<body><div id="canvas"></div><script src="file://{viewer}"></script><script>
const viewer = new {"BpmnJS" if bpmn else "DmnJS"}({{ container: '#canvas' }});
viewer.importXML({json.dumps(xml)}).then(() => {{ {show}; }});
</script></body></html>''')
PY
  # the picture takes the diagram's proportions, 1400 pixels wide
  size=$(python3 - "$model" <<'PY'
import re, sys
xml = open(sys.argv[1], encoding='utf-8').read()
boxes = [tuple(float(v) for v in b) for b in re.findall(
    r'<dc:Bounds x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"', xml)]
if not boxes:
    print('1400,500'); sys.exit()
width = max(x + w for x, y, w, h in boxes) - min(x for x, y, w, h in boxes)
height = max(y + h for x, y, w, h in boxes) - min(y for x, y, w, h in boxes)
print(f'1400,{max(260, min(1100, int(1400 * (height + 80) / (width + 80))))}')
PY
)
  [[ $model == *.dmn ]] && size=1650,560
  "$chromium" --headless --no-sandbox --disable-gpu --allow-file-access-from-files --hide-scrollbars \
    --window-size="$size" --virtual-time-budget=5000 --screenshot="$out/${name%.*}.png" \
    "file://$work/page.html" >/dev/null 2>&1
  echo "$out/${name%.*}.png"
done
