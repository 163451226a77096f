briefingSearchData("d/602119d489",{"f":[],"t":[["19",1,"1:7"]]});
