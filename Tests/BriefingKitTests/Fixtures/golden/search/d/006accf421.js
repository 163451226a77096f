briefingSearchData("d/006accf421",{"f":[],"t":[["dprk",2,"7:b;1:3"]]});
