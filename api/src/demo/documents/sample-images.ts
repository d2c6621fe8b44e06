import sharp from 'sharp';

/**
 * Demo pictures drawn from SVG: plainly samples (a large SAMPLE across each), never a real
 * person's. Text is Latin only, so they look the same on machines without Chinese fonts.
 * `seed` changes the colours and the number printed, so each seed gives other bytes.
 */
export function sampleIdCard(seed: number): Promise<Buffer> {
  const hue = (seed * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="856" height="540">
  <rect width="856" height="540" rx="28" fill="hsl(${hue}, 45%, 90%)"/>
  <rect x="24" y="24" width="808" height="492" rx="20" fill="none" stroke="hsl(${hue}, 40%, 60%)" stroke-width="4"/>
  <rect x="600" y="90" width="190" height="240" rx="8" fill="hsl(${hue}, 20%, 75%)"/>
  <circle cx="695" cy="170" r="52" fill="hsl(${hue}, 15%, 60%)"/>
  <path d="M615 330 Q695 220 775 330 Z" fill="hsl(${hue}, 15%, 60%)"/>
  ${[0, 1, 2, 3].map((i) => `<rect x="70" y="${110 + i * 60}" width="${380 - i * 40}" height="22" rx="6" fill="hsl(${hue}, 25%, 70%)"/>`).join('')}
  <text x="70" y="440" font-family="DejaVu Sans Mono, monospace" font-size="34" fill="#445">341102 ******** ${String(1000 + (seed % 9000))}</text>
  <text x="428" y="330" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="120" font-weight="bold"
        fill="#d22" fill-opacity="0.55" transform="rotate(-18 428 300)">SAMPLE</text>
  <text x="70" y="70" font-family="DejaVu Sans, sans-serif" font-size="26" fill="#556">IDENTITY CARD · DEMO ONLY</text>
</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

export function sampleVisitPhoto(seed: number): Promise<Buffer> {
  const hue = (seed * 71) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="hsl(${200 + (seed % 20)}, 60%, 75%)"/><stop offset="1" stop-color="#eef"/>
  </linearGradient></defs>
  <rect width="1200" height="900" fill="url(#sky)"/>
  <rect y="620" width="1200" height="280" fill="hsl(${90 + (seed % 30)}, 30%, 55%)"/>
  <rect x="380" y="380" width="440" height="300" fill="hsl(${hue}, 25%, 80%)"/>
  <path d="M350 390 L600 220 L850 390 Z" fill="hsl(${hue}, 40%, 45%)"/>
  <rect x="560" y="520" width="80" height="160" fill="#765"/>
  <rect x="430" y="440" width="90" height="70" fill="#abd"/><rect x="680" y="440" width="90" height="70" fill="#abd"/>
  <text x="600" y="160" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="130" font-weight="bold"
        fill="#fff" fill-opacity="0.8">SAMPLE</text>
  <text x="40" y="860" font-family="DejaVu Sans, sans-serif" font-size="30" fill="#fff">HOME VISIT PHOTO · DEMO ${seed}</text>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}
