package io.baton.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Made-up companies and people for the demo: every company once, at an {@code .example} domain. */
final class Names {

  private static final List<String> FIRST_PARTS =
      List.of(
          "Northwind",
          "Bluepeak",
          "Cedar",
          "Ironbridge",
          "Lumen",
          "Harbor",
          "Quartz",
          "Redwood",
          "Silverline",
          "Tidewater",
          "Brightfield",
          "Oakmont",
          "Pinecrest",
          "Stonegate",
          "Vantage",
          "Crescent",
          "Evergreen",
          "Falcon",
          "Granite",
          "Horizon",
          "Juniper",
          "Keystone",
          "Lakeside",
          "Meridian",
          "Nimbus",
          "Orchard",
          "Polaris",
          "Riverbend",
          "Summit",
          "Trailhead",
          "Upland",
          "Willow",
          "Aster",
          "Beacon",
          "Copperleaf",
          "Driftwood",
          "Ember",
          "Foxglove",
          "Glacier",
          "Highgate");

  private static final List<String> INDUSTRIES =
      List.of(
          "Logistics",
          "Health",
          "Robotics",
          "Analytics",
          "Foods",
          "Energy",
          "Insurance",
          "Retail",
          "Software",
          "Labs",
          "Freight",
          "Dental",
          "Finance",
          "Media",
          "Mobility",
          "Security",
          "Learning",
          "Hospitality",
          "Manufacturing",
          "Biotech",
          "Legal",
          "Travel",
          "Telecom",
          "Pharma",
          "Construction");

  private static final List<String> SUFFIXES =
      List.of("Inc", "Ltd", "GmbH", "Group", "Co", "AG", "BV", "SA");

  private static final List<String> GIVEN_NAMES =
      List.of(
          "Dana", "Priya", "Jonas", "Mei", "Carlos", "Aisha", "Tom", "Ingrid", "Kofi", "Lucia",
          "Marek", "Nadia", "Oscar", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wen", "Yara", "Ben",
          "Chloe", "Diego", "Elif", "Farid", "Greta", "Hugo", "Isla", "Jamal", "Kira");

  private static final List<String> FAMILY_NAMES =
      List.of(
          "Doe",
          "Patel",
          "Berg",
          "Chen",
          "Ruiz",
          "Khan",
          "Walsh",
          "Lund",
          "Mensah",
          "Rossi",
          "Novak",
          "Haddad",
          "Lindqvist",
          "Moreau",
          "Okafor",
          "Silva",
          "Tanaka",
          "Weber",
          "Yilmaz",
          "Zhou",
          "Brennan",
          "Costa",
          "Dubois",
          "Eriksen",
          "Fischer",
          "Garcia",
          "Hansen",
          "Ivanova");

  private static final List<String> TITLES =
      List.of(
          "Head of Operations",
          "VP Customer Success",
          "IT Director",
          "COO",
          "Head of Support",
          "Operations Manager",
          "CFO",
          "Director of Sales Ops",
          "CTO",
          "Head of Service Delivery");

  private Names() {}

  /** A person: a given and a family name. */
  record Person(String given, String family) {
    String name() {
      return given + " " + family;
    }

    String email(String domain) {
      return (given + "." + family).toLowerCase(Locale.ROOT) + "@" + domain;
    }
  }

  /** {@code count} different company names, in an order the generator decides. */
  static List<String> companies(RandomGenerator random, int count) {
    List<String> all = new ArrayList<>();
    for (String first : FIRST_PARTS) {
      for (String industry : INDUSTRIES) {
        for (String suffix : SUFFIXES) {
          all.add(first + " " + industry + " " + suffix);
        }
      }
    }
    if (count > all.size()) {
      throw new IllegalArgumentException("The demo has names for at most " + all.size() + " leads");
    }
    for (int i = all.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String swapped = all.get(i);
      all.set(i, all.get(j));
      all.set(j, swapped);
    }
    return List.copyOf(all.subList(0, count));
  }

  /** The company's e-mail domain: its name in lower case, hyphenated, at {@code .example}. */
  static String domain(String company) {
    return company.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
  }

  static Person person(RandomGenerator random) {
    return new Person(
        GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size())),
        FAMILY_NAMES.get(random.nextInt(FAMILY_NAMES.size())));
  }

  static String title(RandomGenerator random) {
    return TITLES.get(random.nextInt(TITLES.size()));
  }
}
