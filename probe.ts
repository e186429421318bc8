import { searchSite, searchResultsPage } from './lib/search';
const show = (q: string, lang: 'en'|'es') => { const p = searchResultsPage(q,{lang}); console.log(`${q} [${p.total}] crisis=${p.crisis}`, p.groups.slice(0,4).map(g=>g.lead.url + (g.more.length?` +${g.more.length}`:''))); };
for (const q of ['matarme','quiero morir','me quiero matar','interprete','virtaul','iop virtaul','mi esposo bebe mucho','mi esposo toma mucho','es seguro dejar de beber','línea de ayuda','plan de tratamiento','xanax','medi-cal','seguro','sin seguro','aseguranza','Medicaid de emergencia']) show(q,'es');
for (const q of ['my 16 year old is taking pills','i want to die','kill myself','xanax','insurence','medi-cal','insurance','kratom','pregnant','cost of iop','percocet']) show(q,'en');
const r = searchSite('insurance',{limit:3}); console.log(r.map(x=>x.snippet));
console.log(searchSite('insurance',{type:'faq',limit:5}).map(x=>[x.inTitle,x.title]));
console.log(searchSite('pen',{limit:3}).map(x=>x.snippet));
