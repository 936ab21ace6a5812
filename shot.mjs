import {chromium} from '@playwright/test';
const [,, url, out, width='1280', scheme='light', full='1'] = process.argv;
const b = await chromium.launch({executablePath:'/usr/bin/chromium', args:['--no-sandbox','--disable-gpu']});
const p = await b.newPage({viewport:{width:+width, height:900}, colorScheme: scheme});
await p.goto(url); await p.waitForTimeout(800);
const sel = process.env.SEL;
if (sel) { await p.locator(sel).first().screenshot({path: out}); } else await p.screenshot({path: out, fullPage: full==='1'});
console.log('scrollWidth', await p.evaluate(()=>document.documentElement.scrollWidth));
await b.close();
