briefingSearchData("d/526ab83e79",{"f":[],"t":[["was",2,"5:7;1:2"]]});
