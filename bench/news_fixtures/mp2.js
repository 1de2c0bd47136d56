const fs=require('fs'),path=require('path');
const Parser=require('@postlight/parser');
const root=process.argv[2], out=process.argv[3];
const flat={'ars.html':'arstechnica.com','latimes.html':'www.latimes.com','nytimes.html':'www.nytimes.com','wired.html':'www.wired.com','vulture.html':'www.vulture.com'};
function walk(d){let r=[];for(const f of fs.readdirSync(d)){const p=path.join(d,f);if(fs.statSync(p).isDirectory())r=r.concat(walk(p));else if(f.endsWith('.html'))r.push(p);}return r;}
(async()=>{const res=[];
for(const p of walk(root)){
  const html=fs.readFileSync(p,'utf8'); const rel=path.relative(root,p);
  let jf=p.replace(/\.html$/,'.json'); let ju=null; try{ju=JSON.parse(fs.readFileSync(jf,'utf8')).url}catch(e){}
  let dom=rel.includes('/')?rel.split('/')[0]:(flat[rel]||'example.com');
  let url=null; let m=html.match(/<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i)||html.match(/<meta[^>]+content=["']([^"']+)["'][^>]*property=["']og:url["']/i)||html.match(/<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i);
  if(m&&/^https?:\/\//.test(m[1])&&m[1].includes(dom.replace(/^www\./,'')))url=m[1]; else url='https://'+dom; if(ju)url=ju; else url=url+'/'+path.basename(p,'.html');
  try{const r=await Parser.parse(url,{html,fetchAllPages:false});
    res.push({file:rel,url,title:r.title,author:r.author,date_published:r.date_published,domain:r.domain,word_count:r.word_count,content:r.content});
  }catch(e){res.push({file:rel,url,error:String(e)});}
}
fs.writeFileSync(out,JSON.stringify(res,null,1));console.log(res.length);})();
