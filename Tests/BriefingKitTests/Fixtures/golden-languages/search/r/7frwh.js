briefingSearchData("r/7frwh",[{"k":"claim","u":"briefings/gambit/#claim-later","t":"later","w":"North Korea's gambit \u003cin\u003e \"Ukraine\"","v":"unverified","l":"Unverified"}]);
