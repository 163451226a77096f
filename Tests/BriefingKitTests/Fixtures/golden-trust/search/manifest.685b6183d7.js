briefingSearchData("manifest",{"v":2,"b":8,"rv":"72ab37ccee","d":["000","d/fa6265590d","one","d/b7c2190840"]});
