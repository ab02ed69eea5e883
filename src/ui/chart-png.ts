// A chart as a PNG: the recharts SVG is serialised, drawn on an offscreen
// canvas (white background, title above, legend texts below — the legend is
// HTML, not part of the SVG) and saved. Blob URLs only: the CSP allows
// `img-src blob:` and nothing from another origin.

const SCALE = 2;
const PADDING = 16;
const TITLE_HEIGHT = 32;
const LEGEND_HEIGHT = 26;
const FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

interface LegendEntry {
  readonly text: string;
  readonly colour: string;
}

function legendOf(container: HTMLElement): LegendEntry[] {
  return [...container.querySelectorAll('.recharts-legend-item')].map((item) => {
    const icon = item.querySelector('.recharts-legend-icon');
    const colour = icon?.getAttribute('fill') ?? icon?.getAttribute('stroke') ?? '#333';
    return { text: item.textContent ?? '', colour: colour === 'none' ? (icon?.getAttribute('stroke') ?? '#333') : colour };
  });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('chart image did not load'));
    image.src = url;
  });
}

/** The PNG of the first chart inside `container`, or null when there is none to draw. */
export async function chartToPng(container: HTMLElement, title: string): Promise<Blob | null> {
  const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface') ?? container.querySelector('svg');
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 600));
  const height = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 300));

  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('font-family', FONT);
  const svgText = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const legend = legendOf(container);
    const canvas = document.createElement('canvas');
    const fullWidth = width + PADDING * 2;
    const fullHeight = TITLE_HEIGHT + height + (legend.length > 0 ? LEGEND_HEIGHT : 0) + PADDING * 2;
    canvas.width = fullWidth * SCALE;
    canvas.height = fullHeight * SCALE;
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.scale(SCALE, SCALE);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, fullWidth, fullHeight);
    context.fillStyle = '#1f2933';
    context.font = `bold 15px ${FONT}`;
    context.textBaseline = 'top';
    context.fillText(title, PADDING, PADDING, width);
    context.drawImage(image, PADDING, PADDING + TITLE_HEIGHT, width, height);
    let x = PADDING;
    const y = PADDING + TITLE_HEIGHT + height + 6;
    context.font = `13px ${FONT}`;
    for (const entry of legend) {
      context.fillStyle = entry.colour;
      context.fillRect(x, y + 2, 12, 12);
      context.fillStyle = '#1f2933';
      context.fillText(entry.text, x + 16, y);
      x += 16 + context.measureText(entry.text).width + 18;
    }
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
