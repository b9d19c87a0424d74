#!/usr/bin/env bash
# Renders every BPMN process to docs/images/<process id>.svg (bpmn-js in headless Chromium).
# Needs Node.js 20+ with npm and Chromium (apt-get install chromium, or set CHROMIUM=...).
set -euo pipefail
cd "$(dirname "$0")/bpmn"
npm ci --no-audit --no-fund --loglevel=error
node render.mjs
