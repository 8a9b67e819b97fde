import search from 'approx-string-match';
import { readFileSync } from 'fs';
const t = readFileSync('/work/main/data/readings/gilder-2020-kaleidoscopic-world.txt','utf8');
for (const m of [14, 60, 150, 300]) {
  const q = t.slice(20000, 20000+m).replace(/e/g,'x');
  for (const rate of [0.1,0.3,0.5]) {
    const k = Math.floor(m*rate);
    const t0 = performance.now(); let r;
    for (let i=0;i<20;i++) r = search(t, q, k);
    console.log(m, k, ((performance.now()-t0)/20).toFixed(2)+'ms', r!.length, r![0]?.errors);
  }
}
