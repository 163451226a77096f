briefingSearchData("d/6fe9f3aee3",{"f":[],"t":[["cite",1,"1:4"]]});
