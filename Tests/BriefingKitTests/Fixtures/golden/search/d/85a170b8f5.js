briefingSearchData("d/85a170b8f5",{"f":[],"t":[["experience",1,"1:3"]]});
