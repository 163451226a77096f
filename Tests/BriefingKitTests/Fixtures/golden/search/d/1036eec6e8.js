briefingSearchData("d/1036eec6e8",{"f":[],"t":[["000",3,"5:6;1:2,2"]]});
