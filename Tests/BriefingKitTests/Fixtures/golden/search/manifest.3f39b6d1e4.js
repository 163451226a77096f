briefingSearchData("manifest",{"v":2,"b":8,"rv":"1ac929553f","d":["000","d/7f19c04d69","of","d/ffdc140fa8"]});
