import json, re, sys, html
from html.parser import HTMLParser
BLOCK={'p','div','h1','h2','h3','h4','h5','h6','li','blockquote','br','section','article','figure','figcaption','tr','ul','ol','pre','aside','header','footer','table'}
SKIP={'script','style','noscript','figcaption','iframe','svg','button','form'}
class P(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.parts=[]; s.cur=[]; s.skip=0
    def flush(s):
        t=re.sub(r'\s+',' ',''.join(s.cur)).strip()
        if t: s.parts.append(t)
        s.cur=[]
    def handle_starttag(s,tag,a):
        if tag in SKIP: s.skip+=1
        elif tag in BLOCK: s.flush()
    def handle_endtag(s,tag):
        if tag in SKIP: s.skip=max(0,s.skip-1)
        elif tag in BLOCK: s.flush()
    def handle_data(s,d):
        if not s.skip: s.cur.append(d)
def to_paras(h):
    p=P(); p.feed(h or ''); p.flush(); return p.parts
if __name__=='__main__':
    d=json.load(open(sys.argv[1]))
    for r in d:
        r['paras']=to_paras(r.get('content'))
        r['words']=sum(len(x.split()) for x in r['paras'])
    json.dump(d,open(sys.argv[2],'w'),indent=1)
