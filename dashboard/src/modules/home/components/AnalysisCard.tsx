import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import { HomeCard } from './HomeCard';

/** "What does the data say": the way into the de-identified analysis and the playground. */
export function AnalysisCard() {
  const t = useT();
  return (
    <HomeCard id="home-analysis" title={t('home.analysis.title')} icon="chart">
      <p className="muted">{t('home.analysis.body')}</p>
      <div className="home-actions">
        <Link to="/analisis" className="button button--primary">
          <Icon name="chart" size={18} />
          <span>{t('home.analysis.open')}</span>
        </Link>
        <Link to="/analisis/playground" className="button button--secondary">
          <Icon name="edit" size={18} />
          <span>{t('home.analysis.playground')}</span>
        </Link>
      </div>
    </HomeCard>
  );
}
