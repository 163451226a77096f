briefingSearchData("d/ee87df3872",{"f":[],"t":[["korea",5,"n:2;g:b;1:3,9,2"]]});
