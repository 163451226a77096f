briefingSearchData("d/568ce1a6bf",{"f":[],"t":[["to",3,"5:6;1:2,3"]]});
