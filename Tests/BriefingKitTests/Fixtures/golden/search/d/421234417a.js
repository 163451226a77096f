briefingSearchData("d/421234417a",{"f":[],"t":[["pyongyang",4,"c:3;6:b;1:1,1"]]});
