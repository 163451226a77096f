briefingSearchData("d/fd798ca871",{"f":[],"t":[["map",1,"1:4"]]});
