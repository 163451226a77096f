briefingSearchData("d/e655517dc5",{"f":[],"t":[["number",3,"5:9;1:1,2"]]});
