briefingSearchData("d/2110ca0a71",{"f":[],"t":[["link",1,"2:5"]]});
