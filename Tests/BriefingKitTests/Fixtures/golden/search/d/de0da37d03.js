briefingSearchData("d/de0da37d03",{"f":[],"t":[["learn",1,"1:3"]]});
