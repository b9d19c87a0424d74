// Renders every BPMN process of workflows/processes to docs/images/<process id>.svg with bpmn-js
// (the bpmn.io viewer the Camunda Modeler draws with) in the machine's headless Chromium.
// Run it through ../render-bpmn.sh; CHROMIUM=/path/to/chromium picks another browser.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const processes = resolve(here, '../../workflows/processes/src/main/resources/baton/workflows');
const images = resolve(here, '../images');
const viewer = resolve(here, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js');

function chromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // not on PATH, try the next name
    }
  }
  throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM');
}

// bpmn-js names arrow-head markers at random; number them in order so a picture changes only
// when its process does.
function stableMarkerIds(svg) {
  const numbers = new Map();
  return svg.replace(/(id="|url\('#)(marker-[a-z0-9]+)/g, (match, before, id) => {
    if (!numbers.has(id)) numbers.set(id, `marker-${numbers.size + 1}`);
    return before + numbers.get(id);
  });
}

const files = readdirSync(processes).filter((name) => name.endsWith('.bpmn')).sort();
if (files.length === 0) throw new Error(`No BPMN files in ${processes}`);
if (!existsSync(viewer)) throw new Error('bpmn-js is not installed: run ../render-bpmn.sh');
mkdirSync(images, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: chromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1600, height: 1000 });
  await page.setContent('<!doctype html><html><body><div id="canvas" style="width:1600px;height:1000px"></div></body></html>');
  await page.addScriptTag({ path: viewer });
  for (const file of files) {
    const xml = readFileSync(join(processes, file), 'utf8');
    const { svg, warnings } = await page.evaluate(async (source) => {
      const container = document.getElementById('canvas');
      container.innerHTML = '';
      const bpmn = new BpmnJS({ container });
      const result = await bpmn.importXML(source);
      const { svg } = await bpmn.saveSVG();
      bpmn.destroy();
      return { svg, warnings: result.warnings.map((warning) => warning.message) };
    }, xml);
    if (warnings.length > 0) throw new Error(`${file}: ${warnings.join('; ')}`);
    const target = join(images, file.replace(/\.bpmn$/, '.svg'));
    const stable = stableMarkerIds(svg);
    writeFileSync(target, stable.endsWith('\n') ? stable : `${stable}\n`);
    console.log(`${file} -> ${target}`);
  }
} finally {
  await browser.close();
}
