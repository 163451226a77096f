briefingSearchData("manifest",{"v":2,"b":8,"rv":"e27fb55fa4","d":["000","d/7f19c04d69","of","d/ffdc140fa8"]});
