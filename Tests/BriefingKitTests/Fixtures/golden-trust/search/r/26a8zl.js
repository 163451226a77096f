briefingSearchData("r/26a8zl",{"p":"sources/","r":[{"k":"source","a":"source-old-note","t":"An ungraded note"}]});
